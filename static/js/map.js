/* Leaflet maps for pind pages. A map is any element with data-map; its pins come from the
   json_script element named by data-pins: [{name, lat, lng, category, address, approximate,
   link, link_text}]. With data-lat-input/data-lng-input (admin), the one pin is draggable and
   writes its position into those inputs. */
(function () {
  "use strict";

  function popup(p) {
    var box = document.createElement("div");
    var name = document.createElement("strong");
    name.textContent = p.name;
    box.appendChild(name);
    [p.category, p.address].forEach(function (text) {
      if (!text) return;
      var line = document.createElement("div");
      line.textContent = text;
      box.appendChild(line);
    });
    if (p.approximate) {
      var note = document.createElement("div");
      note.className = "approx-note";
      note.textContent = "Approximate position (city or area)";
      box.appendChild(note);
    }
    if (p.link) {
      var a = document.createElement("a");
      a.href = p.link;
      a.textContent = p.link_text || "Watch this moment";
      if (/^https?:/.test(p.link)) { a.target = "_blank"; a.rel = "noopener"; }
      box.appendChild(document.createElement("div")).appendChild(a);
    }
    return box;
  }

  function initMap(el) {
    var source = document.getElementById(el.dataset.pins);
    var pins = source ? JSON.parse(source.textContent) : [];
    var map = L.map(el, { scrollWheelZoom: false });
    if (el.dataset.tileUrl) {
      L.tileLayer(el.dataset.tileUrl, {
        maxZoom: 19,
        attribution: el.dataset.tileAttribution || "",
      }).addTo(map);
    }
    var latInput = el.dataset.latInput && document.getElementById(el.dataset.latInput);
    var lngInput = el.dataset.lngInput && document.getElementById(el.dataset.lngInput);
    var markers = pins.map(function (p) {
      var marker = L.marker([p.lat, p.lng], {
        title: p.name,
        alt: p.name,
        opacity: p.approximate ? 0.6 : 1,
        draggable: Boolean(latInput && lngInput),
      });
      marker.bindPopup(popup(p));
      if (latInput && lngInput) {
        marker.on("dragend", function () {
          var pos = marker.getLatLng();
          latInput.value = pos.lat.toFixed(6);
          lngInput.value = pos.lng.toFixed(6);
        });
      }
      return marker.addTo(map);
    });
    if (latInput && lngInput && !markers.length) {
      // No pin yet: the curator's first click places one.
      map.once("click", function (e) {
        latInput.value = e.latlng.lat.toFixed(6);
        lngInput.value = e.latlng.lng.toFixed(6);
        var marker = L.marker(e.latlng, { draggable: true }).addTo(map);
        marker.on("dragend", function () {
          var pos = marker.getLatLng();
          latInput.value = pos.lat.toFixed(6);
          lngInput.value = pos.lng.toFixed(6);
        });
      });
    }
    if (markers.length) {
      map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [30, 30], maxZoom: 15 });
    } else {
      map.setView([20, 0], 2);
    }
    el.dataset.markers = String(markers.length);
  }

  function initAll() { document.querySelectorAll("[data-map]").forEach(initMap); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", initAll);
  else initAll();
})();
