"""Ordered schema migrations; ``PRAGMA user_version`` records how many have run.

Numbers are stored as decimal text (exactly as entered, never float).
"""

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
