"""Document settings kept in the database: the configured font files by role, the
electronic seals of the signing organisations and the printed seal diameter."""
import io
import json
import shutil

import pytest
from PIL import Image

from desktop_app.documents.fontfiles import BUNDLED, FontChoice, bundled_fonts_dir
from desktop_app.documents.names import KAI, DocumentError
from desktop_app.documents.seal import DEFAULT_DIAMETER_MM
from desktop_app.services.documents import FONT_PATHS_KEY, SEAL_DIAMETER_KEY, SEAL_NAMES_KEY, DocumentSettings
from desktop_app.storage import Store

BUREAU = "区乡村振兴局"
COMMITTEE = "区农业农村委员会"


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "settings.db") as opened:
        yield opened


@pytest.fixture
def kai_copy(tmp_path):
    """A usable font file at a path with Chinese names in it."""
    target = tmp_path / "字体" / "楷体.ttf"
    target.parent.mkdir()
    shutil.copyfile(bundled_fonts_dir() / BUNDLED[KAI], target)
    return target


def seal_image(size: int, colour=(200, 0, 0, 255)) -> bytes:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    for x in range(size):
        image.putpixel((x, size // 2), colour)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


# --- fonts --------------------------------------------------------------------------


def test_without_configured_fonts_no_role_uses_a_configured_file(store):
    settings = DocumentSettings(store)
    assert settings.font_paths() == {}
    assert all(choice.origin != "configured" for choice in settings.font_choices().values())


def test_a_configured_font_is_kept_for_its_role_and_used_by_the_documents(store, tmp_path, kai_copy):
    """Blank paths and roles the documents do not have are left out without being loaded."""
    not_a_font = tmp_path / "notes.txt"
    not_a_font.write_text("no font here", encoding="utf-8")
    settings = DocumentSettings(store)
    settings.set_font_paths({KAI: str(kai_copy), "fang": "  ", "hei": "", "other": str(not_a_font)})
    assert settings.font_paths() == {KAI: str(kai_copy)}
    assert DocumentSettings(store).font_paths() == {KAI: str(kai_copy)}
    choices = settings.font_choices()
    assert choices[KAI] == FontChoice(KAI, kai_copy, "configured")
    assert choices["fang"].origin != "configured"
    fonts = settings.fonts()
    assert fonts[KAI].choice.path == kai_copy
    assert fonts[KAI].missing("楷体") == []
    assert "楷体.ttf" in store.get_setting(FONT_PATHS_KEY)


def test_an_unusable_font_file_is_refused_and_the_configured_fonts_stay(store, tmp_path, kai_copy):
    not_a_font = tmp_path / "broken.ttf"
    not_a_font.write_bytes(b"not a TrueType font")
    settings = DocumentSettings(store)
    settings.set_font_paths({KAI: str(kai_copy)})
    with pytest.raises(DocumentError):
        settings.set_font_paths({"fang": str(not_a_font)})
    assert settings.font_paths() == {KAI: str(kai_copy)}


def test_clearing_every_font_path_leaves_no_font_setting(store, kai_copy):
    settings = DocumentSettings(store)
    settings.set_font_paths({KAI: str(kai_copy)})
    settings.set_font_paths({KAI: ""})
    assert settings.font_paths() == {}
    assert store.get_setting(FONT_PATHS_KEY) is None


def test_font_paths_stored_as_utf8_bytes_are_read_keeping_only_known_roles_with_a_path(store):
    stored = {KAI: "/字体/楷体.ttf", "fang": "", "other": "/字体/其他.ttf"}
    store.set_setting(FONT_PATHS_KEY, json.dumps(stored, ensure_ascii=False).encode("utf-8"))
    assert DocumentSettings(store).font_paths() == {KAI: "/字体/楷体.ttf"}


# --- seals --------------------------------------------------------------------------


def test_seals_are_kept_per_organisation_and_replacing_one_keeps_the_other(store):
    settings = DocumentSettings(store)
    assert settings.seal_names() == [] and not settings.has_seal(BUREAU) and settings.seal_png(BUREAU) is None
    first, second, replacement = seal_image(120), seal_image(150), seal_image(130, (0, 0, 0, 255))
    settings.set_seal(BUREAU, first)
    settings.set_seal(COMMITTEE, second)
    assert sorted(settings.seal_names()) == sorted([BUREAU, COMMITTEE])
    assert settings.has_seal(BUREAU) and settings.has_seal(COMMITTEE) and not settings.has_seal("区财政局")
    assert settings.seal_png(BUREAU) == first and type(settings.seal_png(BUREAU)) is bytes
    settings.set_seal(BUREAU, replacement)
    assert sorted(settings.seal_names()) == sorted([BUREAU, COMMITTEE])
    assert settings.seal_png(BUREAU) == replacement
    assert settings.seal_png(COMMITTEE) == second
    assert BUREAU in store.get_setting(SEAL_NAMES_KEY)


def test_an_unusable_seal_image_is_refused_and_nothing_is_stored(store):
    settings = DocumentSettings(store)
    with pytest.raises(DocumentError):
        settings.set_seal(BUREAU, b"not a picture")
    assert settings.seal_names() == [] and settings.seal_png(BUREAU) is None


def test_clearing_a_seal_removes_its_image_and_keeps_the_other_seal(store):
    settings = DocumentSettings(store)
    second = seal_image(150)
    settings.set_seal(BUREAU, seal_image(120))
    settings.set_seal(COMMITTEE, second)
    settings.clear_seal(BUREAU)
    assert settings.seal_names() == [COMMITTEE]
    assert not settings.has_seal(BUREAU) and settings.seal_png(BUREAU) is None
    assert settings.seal_png(COMMITTEE) == second
    assert COMMITTEE in store.get_setting(SEAL_NAMES_KEY)
    settings.clear_seal(COMMITTEE)
    assert settings.seal_names() == [] and settings.seal_png(COMMITTEE) is None
    assert store.get_setting(SEAL_NAMES_KEY) is None


def test_seals_for_use_are_the_images_of_the_named_organisations_that_have_a_seal(store):
    settings = DocumentSettings(store)
    settings.set_seal(BUREAU, seal_image(120))
    settings.set_seal(COMMITTEE, seal_image(150))
    seals = settings.seals_for_use([COMMITTEE, "区财政局"])
    assert list(seals) == [COMMITTEE]
    assert seals[COMMITTEE].getSize() == (150, 150)
    assert settings.seals_for_use([]) == {}


def test_the_seal_diameter_is_the_standard_one_until_changed(store):
    settings = DocumentSettings(store)
    assert settings.seal_diameter_mm() == DEFAULT_DIAMETER_MM
    settings.set_seal_diameter_mm(38.5)
    assert DocumentSettings(store).seal_diameter_mm() == 38.5
    settings.set_seal_diameter_mm(DEFAULT_DIAMETER_MM)
    assert settings.seal_diameter_mm() == DEFAULT_DIAMETER_MM
    assert store.get_setting(SEAL_DIAMETER_KEY) is None
