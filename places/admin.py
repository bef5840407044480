"""Curation: find, fix, merge and verify places. Verified places and aliases feed the
extraction gazetteer, so a correction here helps every later video."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db.models import Count
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from places.curation import place_merge, place_regeocode, places_mark_verified
from places.models import GeocodeCache, Mention, Place, PlaceAlias
from places.pages import map_tiles


class PlaceAliasInline(admin.TabularInline):
    model = PlaceAlias
    extra = 1
    verbose_name = "alias"
    verbose_name_plural = "aliases (the gazetteer matches these too)"
    fields = ("name",)


class MentionInline(admin.TabularInline):
    model = Mention
    extra = 0
    verbose_name_plural = "mentions (evidence from videos)"
    fields = ("video", "source", "moment", "text", "rules")
    readonly_fields = ("video", "source", "moment", "text", "rules")
    ordering = ("video_id", "rank", "start_s", "id")
    show_change_link = False

    def has_add_permission(self, request, obj=None) -> bool:
        return False  # evidence comes from videos, not from curators

    @admin.display(description="moment")
    def moment(self, mention: Mention) -> str:
        if mention.start_s is None:
            return "—"
        seconds = int(mention.start_s)
        return format_html(
            '<a href="{}&amp;t={}s" target="_blank" rel="noopener">▶ {}</a>',
            mention.video.youtube_url,
            seconds,
            f"{seconds // 60}:{seconds % 60:02d}",
        )

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("video")


class HasCoordinatesFilter(admin.SimpleListFilter):
    title = "coordinates"
    parameter_name = "has_coordinates"

    def lookups(self, request, model_admin):
        return (("yes", "With a pin"), ("no", "Without a pin"))

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(lat__isnull=False, lng__isnull=False)
        if self.value() == "no":
            return queryset.filter(lat__isnull=True)
        return queryset


@admin.register(Place)
class PlaceAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "category",
        "region",
        "address",
        "pin",
        "approximate",
        "verified",
        "provider",
        "mention_count",
    )
    list_display_links = ("name",)
    list_filter = (
        "verified",
        "approximate",
        HasCoordinatesFilter,
        "category",
        "provider",
        "region",
    )
    search_fields = ("name", "aliases__name", "address", "road_address", "provider_place_id")
    list_per_page = 50
    readonly_fields = ("map_preview", "created_at", "updated_at")
    fieldsets = (
        (None, {"fields": ("name", "category", "region", "verified")}),
        (
            "Where",
            {"fields": ("map_preview", ("lat", "lng"), "approximate", "address", "road_address")},
        ),
        ("Geocoder", {"fields": ("provider", "provider_place_id", "confidence")}),
        ("Dates", {"fields": ("created_at", "updated_at"), "classes": ("collapse",)}),
    )
    inlines = (PlaceAliasInline, MentionInline)
    actions = ("merge_places", "mark_verified", "regeocode")

    class Media:
        css = {"all": ("vendor/leaflet/leaflet.css", "css/admin.css")}
        js = ("vendor/leaflet/leaflet.js", "js/map.js")

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(_mentions=Count("mentions", distinct=True))

    @admin.display(description="mentions", ordering="_mentions")
    def mention_count(self, place: Place) -> int:
        return place._mentions

    @admin.display(description="pin", boolean=True)
    def pin(self, place: Place) -> bool:
        return place.lat is not None and place.lng is not None

    @admin.display(description="map")
    def map_preview(self, place: Place | None):
        pins = []
        if place is not None and place.lat is not None and place.lng is not None:
            pins = [
                {
                    "name": place.name,
                    "lat": place.lat,
                    "lng": place.lng,
                    "category": place.category,
                    "address": place.address,
                    "approximate": place.approximate,
                    "link": "",
                }
            ]
        from django.template.loader import render_to_string

        html = render_to_string(
            "places/_map.html",
            {"pins": pins, "map_tiles": map_tiles(), "lat_input": "id_lat", "lng_input": "id_lng"},
        )
        hint = "Drag the pin (or click the map) to move it; save to keep the new coordinates."
        return mark_safe(f'{html}<p class="help">{hint}</p>')

    # --- actions ------------------------------------------------------------------------

    @admin.action(description="Merge selected places into one", permissions=["change"])
    def merge_places(self, request, queryset):
        places = list(
            queryset.annotate(mention_total=Count("mentions", distinct=True)).order_by(
                "-verified", "-mention_total", "pk"
            )
        )
        if len(places) < 2:
            self.message_user(request, "Select at least two places to merge.", messages.WARNING)
            return None
        if request.POST.get("confirm") == "yes":
            chosen = request.POST.get("target")
            target = next((p for p in places if str(p.pk) == chosen), None)
            if target is None:
                self.message_user(request, "Choose the place to keep.", messages.ERROR)
                return None
            result = place_merge(target=target, others=[p for p in places if p is not target])
            self.log_change(request, result.place, result.summary())
            gone = [
                Place(pk=pk, name=f"{name} (merged into #{target.pk})")
                for pk, name in zip(result.merged_ids, result.merged_names, strict=True)
            ]
            self.log_deletions(request, gone)
            self.message_user(request, result.summary(), messages.SUCCESS)
            return None
        return TemplateResponse(
            request,
            "admin/places/place/merge.html",
            {
                **self.admin_site.each_context(request),
                "title": "Merge places",
                "opts": self.model._meta,
                "places": places,
                "suggested": places[0],
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    @admin.action(description="Mark selected places verified", permissions=["change"])
    def mark_verified(self, request, queryset):
        count = places_mark_verified(places=list(queryset))
        for place in queryset:
            self.log_change(request, place, "Marked verified")
        self.message_user(request, f"{count} place(s) marked verified.", messages.SUCCESS)

    @admin.action(description="Re-geocode selected places", permissions=["change"])
    def regeocode(self, request, queryset):
        result = place_regeocode(places=list(queryset))
        for place in result.updated:
            self.log_change(request, place, f"Re-geocoded ({place.provider})")
        parts = [f"{len(result.updated)} updated", f"{len(result.unchanged)} unchanged"]
        if result.skipped_verified:
            parts.append(f"{len(result.skipped_verified)} verified kept as they are")
        self.message_user(request, "Re-geocoded: " + ", ".join(parts) + ".", messages.INFO)


@admin.register(Mention)
class MentionAdmin(admin.ModelAdmin):
    list_display = ("place", "video", "source", "start_s", "short_text", "rules")
    readonly_fields = ("rules",)
    list_filter = ("source",)
    search_fields = ("place__name", "video__youtube_id", "video__title", "text")
    raw_id_fields = ("place", "video")
    list_select_related = ("place", "video")

    @admin.display(description="text")
    def short_text(self, mention: Mention) -> str:
        return (mention.text[:80] + "…") if len(mention.text) > 80 else mention.text


@admin.register(GeocodeCache)
class GeocodeCacheAdmin(admin.ModelAdmin):
    list_display = ("provider", "query", "found", "created_at")
    list_filter = ("provider",)
    search_fields = ("query",)
    readonly_fields = ("provider", "query", "result", "created_at")

    @admin.display(description="found", boolean=True)
    def found(self, entry: GeocodeCache) -> bool:
        return entry.result is not None

    def has_add_permission(self, request) -> bool:
        return False


def place_admin_url(place: Place) -> str:
    return reverse("admin:places_place_change", args=[place.pk])
