"""Year-level use cases: the built-in template and demo year, opening the database
(the default one starts with the demo year), importing, exporting and computing years."""
import dataclasses
from decimal import Decimal

import pytest

from desktop_app.domain.scoring import compute
from desktop_app.paths import default_database_path
from desktop_app.services.years import YearService, demo_year, open_store, scheme_template
from desktop_app.storage import StorageError, Store, YearExistsError
from desktop_app.yearfile import YearFileError, read_year_file, write_year_file


def _invalid(year):
    """The year with one score above its indicator's maximum."""
    return dataclasses.replace(year, scores=(year.scores[0]._replace(score=Decimal("99")), *year.scores[1:]))


def test_the_scheme_template_has_the_demo_scheme_and_towns_but_no_entries(example_year, plan_wording):
    template = scheme_template()
    assert (template.scores, template.bonuses, template.inspections, template.vetoes) == ((), (), (), ())
    assert template == dataclasses.replace(example_year, scores=(), bonuses=(), inspections=(), vetoes=(),
                                           **plan_wording)
    assert template.veto_conditions and template.assessment_methods


def test_the_demo_year_is_the_changshou_2023_example_with_its_entries(example_year, plan_wording):
    year = demo_year()
    assert year == dataclasses.replace(example_year, **plan_wording)
    assert year.year == 2023 and year.scores and year.bonuses and year.inspections and year.vetoes


def test_the_default_database_starts_with_the_demo_year_only_on_first_run(example_year, plan_wording):
    path = default_database_path()
    assert not path.exists()
    with open_store() as store:
        assert store.path == path
        assert store.load_year(2023, use_cache=False) == dataclasses.replace(example_year, **plan_wording)
        store.delete_year(2023)
    assert path.exists()
    with open_store() as store:
        assert store.list_years() == []


def test_a_database_named_by_path_opens_empty_and_the_default_one_is_not_created(tmp_path):
    path = tmp_path / "office.db"
    with pytest.raises(StorageError, match="找不到数据库文件"):
        open_store(path)  # a misspelt path is not made into a new, empty database
    assert not path.exists()
    with open_store(path, create=True) as store:
        assert store.path == path
        assert store.list_years() == []
    assert path.exists()
    assert not default_database_path().exists()
    with open_store(path) as store:
        assert store.list_years() == []


def test_loading_and_computing_read_the_stored_year(tmp_path, example_year):
    with Store(tmp_path / "y.db") as store:
        store.save_year(example_year)
        service = YearService(store)
        assert service.years() == [(2023, example_year.title)]
        assert service.load(2023) == example_year
        assert service.compute(2023) == compute(example_year)


def test_importing_a_year_already_stored_is_refused_unless_replacing(tmp_path, example_year):
    changed = dataclasses.replace(example_year, title="改过的标题")
    with Store(tmp_path / "y.db") as store:
        service = YearService(store)
        service.import_year(example_year)
        with pytest.raises(YearExistsError):
            service.import_year(changed)
        assert store.load_year(2023, use_cache=False) == example_year
        service.import_year(changed, replace=True)
        assert store.load_year(2023, use_cache=False) == changed


def test_a_refused_year_names_its_source_in_the_message(tmp_path, example_year):
    with Store(tmp_path / "y.db") as store:
        with pytest.raises(YearFileError) as refused:
            YearService(store).import_year(_invalid(example_year), source="长寿区2023.json")
        assert refused.value.source == "长寿区2023.json"
        assert str(refused.value).startswith("长寿区2023.json: ")
        assert "99" in str(refused.value)
        assert store.list_years() == []


def test_importing_a_year_file_stores_and_returns_it_and_refuses_a_second_copy(tmp_path, example_year):
    first = tmp_path / "first.json"
    second = tmp_path / "second.json"
    changed = dataclasses.replace(example_year, title="改过的标题")
    write_year_file(example_year, first)
    write_year_file(changed, second)
    with Store(tmp_path / "y.db") as store:
        service = YearService(store)
        assert service.import_file(first) == example_year
        assert store.load_year(2023, use_cache=False) == example_year
        with pytest.raises(YearExistsError):
            service.import_file(second)
        assert store.load_year(2023, use_cache=False) == example_year
        assert service.import_file(second, replace=True) == changed
        assert store.load_year(2023, use_cache=False) == changed


def test_exporting_a_year_writes_the_stored_year_to_the_file(tmp_path, example_year):
    changed = dataclasses.replace(example_year, title="改过的标题")
    target = tmp_path / "out.json"
    with Store(tmp_path / "y.db") as store:
        store.save_year(changed)
        assert YearService(store).export_file(2023, target) == changed
    assert read_year_file(target) == changed


def test_a_backup_is_a_whole_copy_of_the_database_and_entry_times_are_read_through_the_session(tmp_path, example_year):
    from desktop_app.services import YearSession

    with Store(tmp_path / "live.db") as store:
        store.save_year(example_year)
        session = YearSession(store, 2023)
        session.set_score("T01", "I06", "4")
        assert set(session.score_times()) == {("T01", "I06")}
        YearService(store).backup(tmp_path / "copy.db")
    with Store(tmp_path / "copy.db") as copy:
        assert copy.load_year(2023).scores == Store(tmp_path / "live.db").load_year(2023).scores
