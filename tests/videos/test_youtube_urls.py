"""URL intake: the forms people paste (many from yt-dlp's own test URLs) and what is refused."""

import pytest

from videos.youtube import InvalidYouTubeURL, canonical_url, parse_video_id

ID = "BaW_jenozKc"  # yt-dlp's own test video

VALID = [
    f"https://www.youtube.com/watch?v={ID}",
    f"http://www.youtube.com/watch?v={ID}",
    f"HTTPS://WWW.YOUTUBE.COM/watch?v={ID}",
    f"  https://www.youtube.com/watch?v={ID}  \n",
    f"https://youtube.com/watch?v={ID}",
    f"https://m.youtube.com/watch?v={ID}",
    f"https://music.youtube.com/watch?v={ID}&feature=share",
    f"youtube.com/watch?v={ID}",
    f"www.youtube.com/watch?v={ID}",
    f"https://www.youtube.com/watch?v={ID}&t=1m2s",
    f"https://www.youtube.com/watch?v={ID}&list=PLwiyx1dc3P2JR9N8gQaQN_BCvlSlap7re&index=3",
    f"https://www.youtube.com/watch?v={ID}&si=abcDEF123",
    f"https://www.youtube.com/watch?feature=player_embedded&v={ID}",
    f"https://www.youtube.com/watch?v={ID}&v=dQw4w9WgXcQ",  # the first v wins
    f"https://www.youtube.com/watch/?v={ID}",
    f"https://www.youtube.com/watch?v={ID}#t=30",
    f"https://www.youtube.com/watch_popup?v={ID}",
    f"https://youtu.be/{ID}",
    f"https://youtu.be/{ID}?t=42",
    f"https://youtu.be/{ID}?si=xyz",
    f"http://youtu.be/{ID}/",
    f"youtu.be/{ID}",
    f"https://www.youtube.com/shorts/{ID}",
    f"https://youtube.com/shorts/{ID}?feature=share",
    f"https://www.youtube.com/live/{ID}?si=abc",
    f"https://www.youtube.com/embed/{ID}",
    f"https://www.youtube.com/embed/{ID}?start=10&autoplay=1",
    f"https://www.youtube-nocookie.com/embed/{ID}?rel=0",
    f"https://www.youtube.com/v/{ID}?version=3&autohide=1",
    f"https://www.youtube.com/e/{ID}",
    f"https://www.youtube.com:443/watch?v={ID}",
    f"https://www.youtube.com./watch?v={ID}",
    "https://www.youtube.com/attribution_link?a=8g8kPrPIi-ecwIrwUXu_aw"
    f"&u=/watch%3Fv%3D{ID}%26feature%3Dshare",
    f"https://www.youtube.com/attribution_link?u=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3D{ID}",
]

INVALID = [
    "",
    "   ",
    ID,  # a bare id is not a URL
    f"https://youtube.com.evil.com/watch?v={ID}",
    f"https://evilyoutube.com/watch?v={ID}",
    f"https://www.youtube.com@evil.com/watch?v={ID}",
    f"https://user:pw@www.youtube.com/watch?v={ID}",
    f"https://evil.com/?u=https://www.youtube.com/watch?v={ID}",
    f"https://evil.com/youtu.be/{ID}",
    f"https://142.250.72.238/watch?v={ID}",
    f"https://[2607:f8b0::200e]/watch?v={ID}",
    f"file:///etc/passwd?v={ID}",
    f"ftp://www.youtube.com/watch?v={ID}",
    f"javascript:alert(1)//www.youtube.com/watch?v={ID}",
    "ytsearch:seoul food",
    "ytsearch5:pizza",
    f"youtube:{ID}",
    "https://www.youtube.com/playlist?list=PLwiyx1dc3P2JR9N8gQaQN_BCvlSlap7re",
    "https://www.youtube.com/channel/UCuAXFkgsw1L7xaCfnd5JJOw",
    "https://www.youtube.com/@SomeHandle",
    "https://www.youtube.com/c/SomeChannel/videos",
    "https://www.youtube.com/user/someone",
    "https://www.youtube.com/",
    "https://www.youtube.com/watch",
    "https://www.youtube.com/watch?v=",
    "https://www.youtube.com/watch?v=tooShort",
    "https://www.youtube.com/watch?v=waytoolongid12",
    "https://www.youtube.com/watch?v=bad$chars!!",
    "https://youtu.be/",
    "https://youtu.be/short",
    f"https://youtu.be/{ID}/extra",
    f"https://www.youtube.com/shorts/{ID}x",
    f"https://www.youtube.com/watch?v={ID}\x00",
    f"https://www.you\ntube.com/watch?v={ID}",
    f"https://www.youtube.com/watch?v={ID}&x=a b",
    f"https://www.youtube.com:8080/watch?v={ID}",
    f"https://www.youtube.com:99999/watch?v={ID}",
    f"https://www.youtube.com/watch?v={ID}&x=" + "a" * 2048,
    "https://www.youtube.com/attribution_link?u=https%3A%2F%2Fevil.com%2Fwatch%3Fv%3D" + ID,
    "http://",
    "https://[::1",
]


@pytest.mark.parametrize("url", VALID)
def test_accepts(url):
    assert parse_video_id(url) == ID


@pytest.mark.parametrize("url", INVALID)
def test_rejects(url):
    with pytest.raises(InvalidYouTubeURL):
        parse_video_id(url)


def test_rejects_non_text():
    with pytest.raises(InvalidYouTubeURL):
        parse_video_id(None)  # type: ignore[arg-type]


def test_error_is_a_value_error():
    assert issubclass(InvalidYouTubeURL, ValueError)


def test_length_is_checked_before_parsing():
    with pytest.raises(InvalidYouTubeURL, match="too long"):
        parse_video_id("https://www.youtube.com/watch?v=" + ID + "&" * 5000)


def test_only_the_canonical_url_is_handed_on():
    assert canonical_url(ID) == f"https://www.youtube.com/watch?v={ID}"
    with pytest.raises(InvalidYouTubeURL):
        canonical_url("../etc")
