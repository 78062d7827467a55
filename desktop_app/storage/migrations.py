"""Ordered schema migrations; ``PRAGMA user_version`` records how many have run.

Numbers are stored as decimal text (exactly as entered, never float).
"""

from ..domain.ledger import STORED_FIELDS as LEDGER_STORED_FIELDS

MIGRATIONS: list[str] = [
    # 1: the whole year
    """
    CREATE TABLE years (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL UNIQUE,
        title TEXT NOT NULL,
        issuer_json TEXT,
        full_score TEXT NOT NULL,
        bonus_cap TEXT NOT NULL,
        grade_mode TEXT NOT NULL CHECK (grade_mode IN ('proportion', 'threshold')),
        quota_rounding TEXT NOT NULL DEFAULT 'floor' CHECK (quota_rounding IN ('floor', 'round')),
        boundary_ties TEXT NOT NULL DEFAULT 'include' CHECK (boundary_ties IN ('include', 'exclude')),
        rank_style TEXT NOT NULL DEFAULT 'competition' CHECK (rank_style IN ('competition', 'dense')),
        veto_grade TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
    );
    CREATE TABLE grades (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        share TEXT,
        min_score TEXT,
        UNIQUE (year_id, name)
    );
    CREATE TABLE departments (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        UNIQUE (year_id, code)
    );
    CREATE TABLE categories (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        points TEXT NOT NULL,
        UNIQUE (year_id, code)
    );
    CREATE TABLE towns (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        kind TEXT,
        UNIQUE (year_id, code)
    );
    CREATE TABLE indicators (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        category_id INTEGER NOT NULL REFERENCES categories(id),
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        content TEXT,
        method TEXT,
        veto INTEGER NOT NULL DEFAULT 0,
        applies_all INTEGER NOT NULL DEFAULT 1,
        UNIQUE (year_id, code)
    );
    CREATE TABLE indicator_towns (
        indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (indicator_id, town_id)
    );
    CREATE TABLE parts (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        indicator_id INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
        department_id INTEGER NOT NULL REFERENCES departments(id),
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        points TEXT NOT NULL,
        UNIQUE (year_id, code)
    );
    CREATE TABLE scores (
        id INTEGER PRIMARY KEY,
        -- year_id lets a whole year's scores be read in one indexed scan
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
        part_id INTEGER NOT NULL REFERENCES parts(id) ON DELETE CASCADE,
        score TEXT NOT NULL,
        note TEXT,
        UNIQUE (town_id, part_id)
    );
    CREATE INDEX scores_year ON scores(year_id);
    CREATE INDEX scores_noted ON scores(year_id) WHERE note IS NOT NULL;
    CREATE TABLE deductions (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        score_id INTEGER NOT NULL REFERENCES scores(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        reason TEXT NOT NULL,
        points TEXT NOT NULL
    );
    CREATE INDEX deductions_score ON deductions(score_id);
    CREATE INDEX deductions_year ON deductions(year_id, score_id, position);
    CREATE TABLE bonus_types (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        points TEXT NOT NULL,
        UNIQUE (year_id, code)
    );
    CREATE TABLE bonuses (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
        bonus_type_id INTEGER NOT NULL REFERENCES bonus_types(id),
        count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
        group_name TEXT,
        evidence TEXT,
        date TEXT
    );
    CREATE TABLE inspection_types (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        award TEXT NOT NULL,
        UNIQUE (year_id, code)
    );
    CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
        inspection_type_id INTEGER NOT NULL REFERENCES inspection_types(id),
        round INTEGER,
        deducted TEXT NOT NULL DEFAULT '0',
        note TEXT
    );
    CREATE TABLE vetoes (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
        indicator_id INTEGER REFERENCES indicators(id),
        reason TEXT NOT NULL,
        evidence TEXT,
        date TEXT
    );
    """,
    # 2: entry workflow — when a score was entered, which department sheets are submitted
    """
    ALTER TABLE scores ADD COLUMN entered_at TEXT;
    CREATE TABLE department_submissions (
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        department_code TEXT NOT NULL,
        submitted_at TEXT NOT NULL,
        PRIMARY KEY (year_id, department_code)
    );
    """,
    # 3: settings kept in the database (e.g. the administrator's electronic seal image)
    """
    CREATE TABLE app_settings (
        key TEXT PRIMARY KEY,
        value BLOB,
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
    );
    """,
    # 4: the plan's veto conditions and assessment methods belong to the year; register
    # records keep their order by position, so an edit updates one row instead of rewriting all.
    # Years stored before offered the Changshou 2023 plan's conditions and methods: they keep them.
    """
    ALTER TABLE years ADD COLUMN veto_conditions_json TEXT;
    ALTER TABLE years ADD COLUMN methods_json TEXT;
    UPDATE years SET veto_conditions_json = '["相关工作受到党中央、国务院或中央和国家机关部门、市委市政府通报批评","因责任、工作落实不到位导致相关工作被媒体通报曝光","发现“应纳未纳”情形或存在规模性返贫或在实地评估中造成恶劣影响"]',
        methods_json = '["量化打分","实地评估","镇街交叉检查","电话调查"]';
    """ + "".join(f"""
    ALTER TABLE {table} ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
    UPDATE {table} SET position = (SELECT COUNT(*) FROM {table} AS earlier
        WHERE earlier.year_id = {table}.year_id AND earlier.id < {table}.id);""" for table in ("bonuses", "inspections", "vetoes")),
    # 5: the state of a year — finalised (审定) with the fingerprint of its results, departments
    # counted without a submission (and why), and when and why a year was finalised or reopened
    """
    ALTER TABLE years ADD COLUMN finalised_at TEXT;
    ALTER TABLE years ADD COLUMN finalised_fingerprint TEXT;
    ALTER TABLE department_submissions ADD COLUMN waived_reason TEXT;
    CREATE TABLE year_events (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
        kind TEXT NOT NULL,
        reason TEXT
    );
    """,
]


# --- 6: the audit trail ---------------------------------------------------------------------
# Every change to a row of these tables is caught by a trigger, whichever code (or other tool)
# made it, and waits in audit_pending until the transaction ends; the store then writes it to
# audit_log with who, why and a hash chained to the previous entry (database.py, _flush_audit).
# For each table: the year a row belongs to, its key as people read it, and its values (row ids
# resolved to codes; positions and timestamps left out: they change without anyone's decision).
_YEAR_OF = "(SELECT year FROM years WHERE id = {r}.year_id)"
_CODE = "(SELECT code FROM {table} WHERE id = {{r}}.{column})"
_TOWN, _PART = _CODE.format(table="towns", column="town_id"), _CODE.format(table="parts", column="part_id")
_SCORE_CELL = ("(SELECT t.code || '/' || p.code FROM scores s JOIN towns t ON t.id = s.town_id"
               " JOIN parts p ON p.id = s.part_id WHERE s.id = {r}.score_id)")
AUDITED_TABLES: dict[str, tuple[str, str, tuple[tuple[str, str], ...]]] = {
    "years": ("{r}.year", "''", tuple((c, "{r}." + c) for c in (
        "title", "issuer_json", "full_score", "bonus_cap", "grade_mode", "quota_rounding", "boundary_ties",
        "rank_style", "veto_grade", "veto_conditions_json", "methods_json", "finalised_at", "finalised_fingerprint"))),
    "grades": (_YEAR_OF, "{r}.name", (("share", "{r}.share"), ("min_score", "{r}.min_score"))),
    "departments": (_YEAR_OF, "{r}.code", (("name", "{r}.name"),)),
    "categories": (_YEAR_OF, "{r}.code", (("name", "{r}.name"), ("points", "{r}.points"))),
    "towns": (_YEAR_OF, "{r}.code", (("name", "{r}.name"), ("kind", "{r}.kind"))),
    "indicators": (_YEAR_OF, "{r}.code", (
        ("category", _CODE.format(table="categories", column="category_id")), ("name", "{r}.name"),
        ("content", "{r}.content"), ("method", "{r}.method"), ("veto", "{r}.veto"), ("applies_all", "{r}.applies_all"))),
    "indicator_towns": (
        "(SELECT y.year FROM indicators i JOIN years y ON y.id = i.year_id WHERE i.id = {r}.indicator_id)",
        _CODE.format(table="indicators", column="indicator_id") + " || '/' || " + _TOWN, ()),
    "parts": (_YEAR_OF, "{r}.code", (
        ("indicator", _CODE.format(table="indicators", column="indicator_id")),
        ("department", _CODE.format(table="departments", column="department_id")), ("points", "{r}.points"))),
    "scores": (_YEAR_OF, _TOWN + " || '/' || " + _PART, (("score", "{r}.score"), ("note", "{r}.note"))),
    "deductions": (_YEAR_OF, _SCORE_CELL + " || '#' || ({r}.position + 1)",
                   (("reason", "{r}.reason"), ("points", "{r}.points"))),
    "bonus_types": (_YEAR_OF, "{r}.code", (("name", "{r}.name"), ("points", "{r}.points"))),
    "inspection_types": (_YEAR_OF, "{r}.code", (("name", "{r}.name"), ("award", "{r}.award"))),
    "bonuses": (_YEAR_OF, "{r}.id", (
        ("town", _TOWN), ("type", _CODE.format(table="bonus_types", column="bonus_type_id")), ("count", "{r}.count"),
        ("group", "{r}.group_name"), ("evidence", "{r}.evidence"), ("date", "{r}.date"))),
    "inspections": (_YEAR_OF, "{r}.id", (
        ("town", _TOWN), ("type", _CODE.format(table="inspection_types", column="inspection_type_id")),
        ("round", "{r}.round"), ("deducted", "{r}.deducted"), ("note", "{r}.note"))),
    "vetoes": (_YEAR_OF, "{r}.id", (
        ("town", _TOWN), ("indicator", _CODE.format(table="indicators", column="indicator_id")),
        ("reason", "{r}.reason"), ("evidence", "{r}.evidence"), ("date", "{r}.date"))),
    "department_submissions": (_YEAR_OF, "{r}.department_code",
                               (("submitted_at", "{r}.submitted_at"), ("waived_reason", "{r}.waived_reason"))),
    "year_events": (_YEAR_OF, "{r}.kind", (("reason", "{r}.reason"),)),
    "app_settings": ("NULL", "{r}.key", (("value", "CASE WHEN typeof({r}.value) = 'blob'"
                                                   " THEN 'blob:' || length({r}.value) ELSE {r}.value END"),)),
}


# The tables migration 6 gave triggers; a later migration adds its own tables' triggers.
_AUDITED_BY_6 = tuple(AUDITED_TABLES)


def _audit_triggers(table: str) -> str:
    year, key, values = AUDITED_TABLES[table]

    def row(r: str) -> str:
        return "json_object(" + ", ".join(f"'{name}', {sql.format(r=r)}" for name, sql in values) + ")"

    captured = "(SELECT capture FROM audit_context WHERE id = 1)"
    statements = []
    for op, old, new, which in (("insert", "NULL", row("NEW"), "NEW"), ("update", row("OLD"), row("NEW"), "NEW"),
                                ("delete", row("OLD"), "NULL", "OLD")):
        when = captured + (f" AND {old} IS NOT {new}" if op == "update" else "")
        statements.append(
            f"CREATE TRIGGER audit_{table}_{op} AFTER {op.upper()} ON {table} WHEN {when} BEGIN"
            f" INSERT INTO audit_pending (target, change, year, key, old_value, new_value) VALUES"
            f" ('{table}', '{op}', {year.format(r=which)}, COALESCE({key.format(r=which)}, '#' || {which}.rowid),"
            f" {old}, {new}); END;")
    return "\n".join(statements)


def _triggers_made_again(*tables: str) -> str:
    """The audit triggers of tables whose recorded columns changed, dropped and made anew."""
    return "\n".join(f"DROP TRIGGER audit_{table}_{op};" for table in tables for op in ("insert", "update", "delete")) \
        + "\n" + "\n".join(_audit_triggers(table) for table in tables)


MIGRATIONS.append("""
    CREATE TABLE audit_context (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        capture INTEGER NOT NULL DEFAULT 1
    );
    INSERT INTO audit_context (id, capture) VALUES (1, 1);
    CREATE TABLE audit_pending (
        id INTEGER PRIMARY KEY,
        target TEXT NOT NULL,
        change TEXT NOT NULL,
        year INTEGER,
        key TEXT,
        old_value TEXT,
        new_value TEXT
    );
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        action TEXT,
        year INTEGER,
        target TEXT NOT NULL,
        key TEXT,
        change TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        reason TEXT,
        rows INTEGER,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
    );
    CREATE INDEX audit_log_year ON audit_log(year, key);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
        SELECT RAISE(ABORT, 'audit_log is append-only'); END;
""" + "\n".join(_audit_triggers(table) for table in _AUDITED_BY_6) + """
    -- What ON DELETE CASCADE would remove, removed first while its parent still names it,
    -- so the audit entry of a removed town's score says which town and part it was.
    CREATE TRIGGER children_of_towns BEFORE DELETE ON towns BEGIN
        DELETE FROM scores WHERE town_id = OLD.id; DELETE FROM bonuses WHERE town_id = OLD.id;
        DELETE FROM inspections WHERE town_id = OLD.id; DELETE FROM vetoes WHERE town_id = OLD.id;
        DELETE FROM indicator_towns WHERE town_id = OLD.id; END;
    CREATE TRIGGER children_of_indicators BEFORE DELETE ON indicators BEGIN
        DELETE FROM parts WHERE indicator_id = OLD.id; DELETE FROM indicator_towns WHERE indicator_id = OLD.id; END;
    CREATE TRIGGER children_of_parts BEFORE DELETE ON parts BEGIN DELETE FROM scores WHERE part_id = OLD.id; END;
    CREATE TRIGGER children_of_scores BEFORE DELETE ON scores BEGIN DELETE FROM deductions WHERE score_id = OLD.id; END;
""")


# --- 7: who may act ---------------------------------------------------------------------------
# Accounts: administrators (the bureau) and operators bound to one department (by its code, which
# a copied year keeps). Only a salted slow hash of a password is stored. The audit trail records an
# account's role, department, state and when its password was set, never the hash itself, and not
# the count of failed sign-ins (a lockout shows as locked_until).
AUDITED_TABLES["accounts"] = ("NULL", "{r}.name", tuple((c, "{r}." + c) for c in (
    "display_name", "role", "department", "disabled", "must_change", "password_set_at", "locked_until")))
# Columns deliberately kept out of the trail.
UNRECORDED_COLUMNS = {"accounts": {"password_hash", "failed_attempts"}}
MIGRATIONS.append("""
    CREATE TABLE accounts (
        name TEXT PRIMARY KEY,
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('admin', 'department')),
        department TEXT CHECK ((role = 'department') = (department IS NOT NULL)),
        password_hash TEXT NOT NULL,
        password_set_at TEXT NOT NULL,
        must_change INTEGER NOT NULL DEFAULT 0,
        disabled INTEGER NOT NULL DEFAULT 0,
        failed_attempts INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT
    );
""" + _audit_triggers("accounts"))


# --- 8: a year may require a reason for every score below its points ---------------------------
# The years table's triggers are made again so that the trail records the new column too.
_YEAR_COLUMNS_BEFORE_8 = AUDITED_TABLES["years"]
AUDITED_TABLES["years"] = (_YEAR_COLUMNS_BEFORE_8[0], _YEAR_COLUMNS_BEFORE_8[1],
                           _YEAR_COLUMNS_BEFORE_8[2] + (("require_loss_reasons", "{r}.require_loss_reasons"),))
MIGRATIONS.append("""
    ALTER TABLE years ADD COLUMN require_loss_reasons INTEGER NOT NULL DEFAULT 0
        CHECK (require_loss_reasons IN (0, 1));
    DROP TRIGGER audit_years_insert;
    DROP TRIGGER audit_years_update;
    DROP TRIGGER audit_years_delete;
""" + _audit_triggers("years"))


# --- 9: the rectification ledger (整改台账) -------------------------------------------------------
# Numbers are never used again (AUTOINCREMENT): evidence files and undo steps name a problem by it.
# Keyed by the year's number and the town's code, not by row ids: the ledger outlives a year
# replaced by an imported year file (its towns keep their codes), as rectification goes on
# after the results. A problem made from a loss keeps the loss's key, so making the problems
# again adds only new ones.
LEDGER_COLUMNS = LEDGER_STORED_FIELDS
AUDITED_TABLES["rectifications"] = ("{r}.year", "{r}.town || '#' || {r}.id",
                                    tuple((c, "{r}." + c) for c in LEDGER_COLUMNS if c != "town"))
MIGRATIONS.append("""
    CREATE TABLE rectifications (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        year INTEGER NOT NULL,
        town TEXT NOT NULL,
        source TEXT NOT NULL CHECK (source IN ('part', 'inspection', 'veto', 'visit', 'manual')),
        source_key TEXT,
        description TEXT NOT NULL,
        requirement TEXT NOT NULL DEFAULT '',
        measures TEXT NOT NULL DEFAULT '',
        leader TEXT NOT NULL DEFAULT '',
        lead_unit TEXT NOT NULL DEFAULT '',
        responsible_unit TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'to_verify', 'closed')),
        completed_on TEXT,
        evidence TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        review_note TEXT NOT NULL DEFAULT '',
        letter_number TEXT,
        letter_date TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
    );
    CREATE INDEX rectifications_year ON rectifications(year, town);
    CREATE UNIQUE INDEX rectifications_source ON rectifications(year, town, source_key) WHERE source_key IS NOT NULL;
""" + _audit_triggers("rectifications"))


# --- 10: evidence files (佐证材料) --------------------------------------------------------------
# A file attached to something of a year, named by ``owner`` ("ledger:12" a ledger problem,
# "score:T01/I06" a score's deductions, "bonus:…", "veto:…"). The file itself is kept in the
# database (one file holds everything); the trail records its name, size and digest, not its bytes.
AUDITED_TABLES["attachments"] = ("{r}.year", "{r}.owner || '#' || {r}.id", (
    ("name", "{r}.name"), ("size", "{r}.size"), ("sha256", "{r}.sha256"), ("added_by", "{r}.added_by"),
    ("added_at", "{r}.added_at")))
UNRECORDED_COLUMNS["attachments"] = {"data"}
MIGRATIONS.append("""
    CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        owner TEXT NOT NULL,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        data BLOB NOT NULL,
        added_by TEXT NOT NULL,
        added_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
    );
    CREATE INDEX attachments_owner ON attachments(year, owner);
""" + _audit_triggers("attachments"))


# --- 11: appeals (申诉) ---------------------------------------------------------------------------
# A town's dispute of one part's score, and the recheck's decision (upheld, or the score changed:
# the score before and after are kept beside the decision; the score itself changes in scores).
AUDITED_TABLES["appeals"] = ("{r}.year", "{r}.town || '/' || {r}.part || '#' || {r}.id", tuple(
    (c, "{r}." + c) for c in ("reason", "evidence", "filed_on", "decision", "decision_note", "decided_on",
                              "decided_by", "score_before", "score_after")))
MIGRATIONS.append("""
    CREATE TABLE appeals (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        year INTEGER NOT NULL,
        town TEXT NOT NULL,
        part TEXT NOT NULL,
        reason TEXT NOT NULL,
        evidence TEXT NOT NULL DEFAULT '',
        filed_on TEXT NOT NULL,
        decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'upheld', 'changed')),
        decision_note TEXT NOT NULL DEFAULT '',
        decided_on TEXT,
        decided_by TEXT,
        score_before TEXT,
        score_after TEXT
    );
    CREATE INDEX appeals_year ON appeals(year, town);
""" + _audit_triggers("appeals"))


# --- 12: evidence files of bonus and veto records go with their record -------------------------
# A record's files are named by the record's row ("bonus:17"), which an edit keeps; when the row is
# deleted its files go with it, whatever deleted it (a register change, a replaced year).
MIGRATIONS.append("""
    CREATE TRIGGER evidence_of_bonuses AFTER DELETE ON bonuses BEGIN
        DELETE FROM attachments WHERE owner = 'bonus:' || OLD.id; END;
    CREATE TRIGGER evidence_of_vetoes AFTER DELETE ON vetoes BEGIN
        DELETE FROM attachments WHERE owner = 'veto:' || OLD.id; END;
""")


# --- 13: classified assessment (分类考核) -----------------------------------------------------------
# A year's town classes, each town's class (by code, as the year file names it) and whether ranks
# and grades are given per class. The towns' and years' triggers are made again for the new columns.
AUDITED_TABLES["town_classes"] = (_YEAR_OF, "{r}.code", (("name", "{r}.name"),))
_TOWN_COLUMNS_BEFORE_13, _YEAR_COLUMNS_BEFORE_13 = AUDITED_TABLES["towns"], AUDITED_TABLES["years"]
AUDITED_TABLES["towns"] = (_TOWN_COLUMNS_BEFORE_13[0], _TOWN_COLUMNS_BEFORE_13[1],
                           _TOWN_COLUMNS_BEFORE_13[2] + (("class", "{r}.class_code"),))
AUDITED_TABLES["years"] = (_YEAR_COLUMNS_BEFORE_13[0], _YEAR_COLUMNS_BEFORE_13[1],
                           _YEAR_COLUMNS_BEFORE_13[2] + (("rank_by_class", "{r}.rank_by_class"),))
MIGRATIONS.append("""
    CREATE TABLE town_classes (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        UNIQUE (year_id, code)
    );
    ALTER TABLE towns ADD COLUMN class_code TEXT;
    ALTER TABLE years ADD COLUMN rank_by_class INTEGER NOT NULL DEFAULT 0 CHECK (rank_by_class IN (0, 1));
""" + _audit_triggers("town_classes") + "\n" + _triggers_made_again("towns", "years"))


# --- 14: the adjustment register (调整指标, 负面清单) ---------------------------------------------
# Types with points per occurrence (positive adds, negative deducts) and an optional cap of a town's
# total of the type; records like the bonus register's; caps of additions and deductions per year.
AUDITED_TABLES["adjustment_types"] = (_YEAR_OF, "{r}.code", (("name", "{r}.name"), ("points", "{r}.points"),
                                                             ("cap", "{r}.cap")))
AUDITED_TABLES["adjustments"] = (_YEAR_OF, "{r}.id", (
    ("town", _TOWN), ("type", _CODE.format(table="adjustment_types", column="adjustment_type_id")),
    ("count", "{r}.count"), ("evidence", "{r}.evidence"), ("date", "{r}.date")))
_YEAR_COLUMNS_BEFORE_14 = AUDITED_TABLES["years"]
AUDITED_TABLES["years"] = (_YEAR_COLUMNS_BEFORE_14[0], _YEAR_COLUMNS_BEFORE_14[1], _YEAR_COLUMNS_BEFORE_14[2] + (
    ("adjustment_add_cap", "{r}.adjustment_add_cap"), ("adjustment_deduct_cap", "{r}.adjustment_deduct_cap")))
MIGRATIONS.append("""
    CREATE TABLE adjustment_types (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        points TEXT NOT NULL,
        cap TEXT,
        UNIQUE (year_id, code)
    );
    CREATE TABLE adjustments (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
        adjustment_type_id INTEGER NOT NULL REFERENCES adjustment_types(id),
        count INTEGER NOT NULL DEFAULT 1 CHECK (count >= 1),
        evidence TEXT,
        date TEXT
    );
    ALTER TABLE years ADD COLUMN adjustment_add_cap TEXT;
    ALTER TABLE years ADD COLUMN adjustment_deduct_cap TEXT;
    CREATE TRIGGER adjustments_of_towns BEFORE DELETE ON towns BEGIN
        DELETE FROM adjustments WHERE town_id = OLD.id; END;
""" + "\n".join(_audit_triggers(table) for table in ("adjustment_types", "adjustments")) + "\n" + _triggers_made_again("years"))


# --- 15: grade limits (等次限制) --------------------------------------------------------------------
# A limit names the best grade a town meeting it may have; met by a record of an adjustment type
# (by its code) or by the bureau's flag, kept with its reason. Whether freed places are refilled.
AUDITED_TABLES["grade_limits"] = (_YEAR_OF, "{r}.code", (("name", "{r}.name"), ("grade", "{r}.grade"),
                                                         ("adjustment_type", "{r}.adjustment_type")))
AUDITED_TABLES["limit_flags"] = (_YEAR_OF, "{r}.id", (
    ("town", _TOWN), ("limit", _CODE.format(table="grade_limits", column="grade_limit_id")), ("reason", "{r}.reason")))
_YEAR_COLUMNS_BEFORE_15 = AUDITED_TABLES["years"]
AUDITED_TABLES["years"] = (_YEAR_COLUMNS_BEFORE_15[0], _YEAR_COLUMNS_BEFORE_15[1], _YEAR_COLUMNS_BEFORE_15[2] + (
    ("refill_limited_places", "{r}.refill_limited_places"),))
MIGRATIONS.append("""
    CREATE TABLE grade_limits (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        name TEXT NOT NULL,
        grade TEXT NOT NULL,
        adjustment_type TEXT,
        UNIQUE (year_id, code)
    );
    CREATE TABLE limit_flags (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
        grade_limit_id INTEGER NOT NULL REFERENCES grade_limits(id),
        reason TEXT NOT NULL
    );
    ALTER TABLE years ADD COLUMN refill_limited_places INTEGER NOT NULL DEFAULT 0 CHECK (refill_limited_places IN (0, 1));
    CREATE TRIGGER limit_flags_of_towns BEFORE DELETE ON towns BEGIN
        DELETE FROM limit_flags WHERE town_id = OLD.id; END;
""" + "\n".join(_audit_triggers(table) for table in ("grade_limits", "limit_flags")) + "\n" + _triggers_made_again("years"))


# --- 16: what follows from a grade or a limit (结果运用) ----------------------------------------------
# Kept with the year as JSON, like the plan's veto conditions: a short list read and written whole.
_YEAR_COLUMNS_BEFORE_16 = AUDITED_TABLES["years"]
AUDITED_TABLES["years"] = (_YEAR_COLUMNS_BEFORE_16[0], _YEAR_COLUMNS_BEFORE_16[1], _YEAR_COLUMNS_BEFORE_16[2] + (
    ("consequences_json", "{r}.consequences_json"),))
MIGRATIONS.append("""
    ALTER TABLE years ADD COLUMN consequences_json TEXT;
""" + _triggers_made_again("years"))


# --- 17: roll-up from the level below (下级结果汇总) ------------------------------------------------
# Which parts are scored from lower results (weights per class of the lower units, kept as JSON),
# the lower results imported per town and part (their units as JSON, with where they came from),
# and the level of the units a year assesses.
AUDITED_TABLES["rollup_parts"] = (_YEAR_OF, "{r}.part", (("weights", "{r}.weights_json"), ("unit_level", "{r}.unit_level")))
AUDITED_TABLES["rollups"] = (_YEAR_OF, _TOWN + " || '/' || {r}.part", tuple((c, "{r}." + c) for c in (
    "source", "fingerprint", "imported_on", "lower_year", "lower_title", "units_json")))
_YEAR_COLUMNS_BEFORE_17 = AUDITED_TABLES["years"]
AUDITED_TABLES["years"] = (_YEAR_COLUMNS_BEFORE_17[0], _YEAR_COLUMNS_BEFORE_17[1], _YEAR_COLUMNS_BEFORE_17[2] + (
    ("unit_level", "{r}.unit_level"),))
MIGRATIONS.append("""
    CREATE TABLE rollup_parts (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        part TEXT NOT NULL,
        weights_json TEXT,
        unit_level TEXT,
        UNIQUE (year_id, part)
    );
    CREATE TABLE rollups (
        id INTEGER PRIMARY KEY,
        year_id INTEGER NOT NULL REFERENCES years(id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        town_id INTEGER NOT NULL REFERENCES towns(id) ON DELETE CASCADE,
        part TEXT NOT NULL,
        source TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        imported_on TEXT NOT NULL,
        lower_year INTEGER NOT NULL,
        lower_title TEXT NOT NULL,
        units_json TEXT NOT NULL
    );
    ALTER TABLE years ADD COLUMN unit_level TEXT;
    CREATE TRIGGER rollups_of_towns BEFORE DELETE ON towns BEGIN
        DELETE FROM rollups WHERE town_id = OLD.id; END;
""" + "\n".join(_audit_triggers(table) for table in ("rollup_parts", "rollups")) + "\n" + _triggers_made_again("years"))


# --- 18: periodic rounds (平时考核分季度) -----------------------------------------------------------------
# The year's rounds (a short list, JSON with the year), how an indicator combines its rounds and what it
# weighs, and the round each part scores.
for _table, _added in (("years", (("rounds_json", "{r}.rounds_json"),)),
                       ("indicators", (("rounds", "{r}.rounds"), ("round_points", "{r}.round_points"))),
                       ("parts", (("round", "{r}.round"),))):
    AUDITED_TABLES[_table] = AUDITED_TABLES[_table][:2] + (AUDITED_TABLES[_table][2] + _added,)
MIGRATIONS.append("""
    ALTER TABLE years ADD COLUMN rounds_json TEXT;
    ALTER TABLE indicators ADD COLUMN rounds TEXT CHECK (rounds IN ('mean', 'sum'));
    ALTER TABLE indicators ADD COLUMN round_points TEXT;
    ALTER TABLE parts ADD COLUMN round TEXT;
""" + _triggers_made_again("years", "indicators", "parts"))
