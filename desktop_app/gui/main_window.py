"""The main window: year selector, menus, status bar and the six tabs (one package each under gui/)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

from PySide6.QtCore import QCoreApplication, QSettings, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QMainWindow, QMenu, QSpinBox,
    QTabWidget, QToolBar,
)

from .. import APP_NAME, __version__
from ..domain.messages import QT_TRANSLATE_NOOP
from ..domain.scheme_edit import blank_scheme
from ..domain.status import APPEAL, ENTRY, FINALISED, OFFICIAL, SCHEME
from ..services import ROLE_LABELS, Accounts, YearService, open_store, scheme_template
from .accounts import signin
from .audit.viewer import show_audit
from .backups import BackupKeeper, choose_backup_folder, restore_from_backup
from .common.window_lock import open_for_window
from ..storage import Store
from ..yearfile import read_year_bundle
from .common.background import run_in_background
from .common.errors import EXPECTED_ERRORS, describe_error, translate_core
from .common.messenger import Messenger
from .documents.tab import DocumentsTab
from .appeals.tab import AppealsTab
from .entry.tab import EntryTab
from .ledger.tab import LedgerTab
from .registers.tab import RegistersTab
from .results.export import export_results
from .results.tab import ResultsTab
from .scheme.tab import SchemeTab
from .towns.tab import TownsTab
from .workspace import Workspace

TEMPLATE_SOURCE, BLANK_SOURCE = "template", "blank"
# The built-in templates: a source "template:<name>" (plain "template" is the first, Changshou's).
TEMPLATES = (
    ("changshou-2023", QT_TRANSLATE_NOOP("NewYearDialog", "内置模板：长寿区 2023 年度指标体系（镇街，按比例定等）")),
    ("yunnan-style", QT_TRANSLATE_NOOP("NewYearDialog", "内置模板：云南省考核评估细则式（分类考核，等次限制，结果运用）")),
    ("hebei-style", QT_TRANSLATE_NOOP("NewYearDialog", "内置模板：河北省市级考核办法式（平时、集中、县级结果，调整指标 ±5）")),
)
MAX_RECENT = 6


class NewYearDialog(QDialog):
    """Year number, what to copy, and a title."""

    def __init__(self, years: list[tuple[int, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建考核年度"))
        form = QFormLayout(self)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue((max((y for y, _ in years), default=2023)) + 1)
        self.source = QComboBox()
        for number, title in reversed(years):
            self.source.addItem(self.tr("复制 {year} 年度的方案和镇街").format(year=number), number)
        for name, label in TEMPLATES:
            self.source.addItem(QCoreApplication.translate("NewYearDialog", label),
                                TEMPLATE_SOURCE if name == TEMPLATES[0][0] else f"{TEMPLATE_SOURCE}:{name}")
        self.source.addItem(self.tr("空白方案（自行建立指标、部门和镇街）"), BLANK_SOURCE)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("留空则沿用原标题并替换年份"))
        form.addRow(self.tr("年度"), self.year)
        form.addRow(self.tr("来源"), self.source)
        form.addRow(self.tr("标题"), self.title)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        return {"year": self.year.value(), "source": self.source.currentData(), "title": self.title.text().strip() or None}


class MainWindow(QMainWindow):
    def __init__(self, store: Store, messenger: Optional[Messenger] = None, settings: Optional[QSettings] = None,
                 window_lock=None, sign_in=None):
        super().__init__()
        # Signs in to another database the window switches to (tests answer it without a dialog).
        self.sign_in = sign_in or (lambda other: signin.sign_in(other, self))
        self.settings = settings or QSettings()
        self.workspace = Workspace(store, messenger, self)
        self.workspace.window_lock = window_lock
        self.backup_keeper = BackupKeeper(self.workspace)
        self.setWindowTitle(APP_NAME)
        self.tabs = QTabWidget()
        self.scheme_tab = SchemeTab(self.workspace)
        self.towns_tab = TownsTab(self.workspace)
        self.entry_tab = EntryTab(self.workspace)
        self.registers_tab = RegistersTab(self.workspace)
        self.results_tab = ResultsTab(self.workspace)
        self.results_tab.state_panel.goTo.connect(self.go_to)
        self.documents_tab = DocumentsTab(self.workspace)
        self.ledger_tab = LedgerTab(self.workspace)
        self.appeals_tab = AppealsTab(self.workspace)
        self.tabs.addTab(self.scheme_tab, self.tr("考核方案"))
        self.tabs.addTab(self.towns_tab, self.tr("镇街设置"))
        self.tabs.addTab(self.entry_tab, self.tr("部门打分"))
        self.tabs.addTab(self.registers_tab, self.tr("加分与否决"))
        self.tabs.addTab(self.results_tab, self.tr("结果看板"))
        self.tabs.addTab(self.documents_tab, self.tr("公文输出"))
        self.tabs.addTab(self.appeals_tab, self.tr("申诉复核"))
        self.tabs.addTab(self.ledger_tab, self.tr("整改台账"))
        self.setCentralWidget(self.tabs)
        self._build_toolbar()
        self._build_menus()
        self.database_label = QLabel()
        self.completeness_label = QLabel()
        self.operator_label = QLabel()
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.operator_label)
        self.statusBar().addPermanentWidget(self.completeness_label)
        self.workspace.yearOpened.connect(self._on_year_opened)
        self.workspace.yearOpened.connect(self._update_account_actions)
        self.workspace.changed.connect(self._update_status)
        self.backup_keeper.taken.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.backup_keeper.failed.connect(lambda text: self.statusBar().showMessage(text))
        self._update_account_actions()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    @property
    def messenger(self) -> Messenger:
        return self.workspace.messenger

    # --- construction ------------------------------------------------------------

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("年度"))
        bar.setObjectName("yearToolbar")
        bar.setMovable(False)
        bar.addWidget(QLabel(self.tr(" 考核年度：")))
        self.year_combo = QComboBox()
        self.year_combo.setMinimumContentsLength(30)
        self.year_combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.year_combo.activated.connect(self._on_year_chosen)
        bar.addWidget(self.year_combo)
        self.new_year_action = QAction(self.tr("新建年度…"), self)
        self.new_year_action.triggered.connect(self.on_new_year)
        bar.addAction(self.new_year_action)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self._action(menu, self.tr("打开数据库…"), self.on_open_database, QKeySequence.Open)
        self._action(menu, self.tr("新建数据库…"), self.on_new_database)
        self.recent_menu = menu.addMenu(self.tr("最近打开的数据库"))
        menu.addSeparator()
        menu.addAction(self.new_year_action)
        self._action(menu, self.tr("导入年度文件…"), self.on_import_year)
        self._action(menu, self.tr("导出年度文件…"), self.on_export_year)
        self.export_results_action = self._action(menu, self.tr("导出上报表格…"), self.on_export_results)
        menu.addSeparator()
        self._action(menu, self.tr("备份数据库…"), self.on_backup)
        self._action(menu, self.tr("从备份恢复…"), lambda: restore_from_backup(self))
        self._action(menu, self.tr("备份文件夹…"), lambda: choose_backup_folder(self))
        self._action(menu, self.tr("审计记录…"), lambda: show_audit(self))
        menu.addSeparator()
        self.accounts_action = self._action(menu, self.tr("账户管理…"), self.on_manage_accounts)
        self.password_action = self._action(menu, self.tr("修改密码…"), self.on_change_password)
        menu.addSeparator()
        self._action(menu, self.tr("退出"), self.close, QKeySequence.Quit)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self._action(help_menu, self.tr("关于"), self.on_about)
        self._refresh_recent_menu()

    # --- accounts ---------------------------------------------------------------------

    def _update_account_actions(self) -> None:
        operator = self.workspace.operator
        self.accounts_action.setEnabled(operator is not None and operator.is_admin)
        self.password_action.setEnabled(operator is not None)
        if operator is None:
            self.operator_label.setText(self.tr("未设账户（单人使用）"))
        else:
            role = translate_core("Accounts", ROLE_LABELS[operator.role])
            department = (self.workspace.session.department_name(operator.department)
                          if operator.department and self.workspace.session else operator.department)
            self.operator_label.setText(self.tr("操作人：{name}（{role}{department}）").format(
                name=operator.display_name, role=role, department=f"，{department}" if department else ""))

    @Slot()
    def on_manage_accounts(self) -> None:
        from .accounts.manage import AccountsDialog

        AccountsDialog(self.workspace, self).exec()

    @Slot()
    def on_change_password(self) -> None:
        from .accounts.signin import ChangePasswordDialog

        if ChangePasswordDialog(Accounts(self.workspace.store), parent=self).exec():
            self.statusBar().showMessage(self.tr("密码已修改"), 10_000)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    # --- year ---------------------------------------------------------------------

    def start(self, year: Optional[int] = None) -> None:
        """Open ``year``, else the last one used with this database, else the newest."""
        years = [number for number, _ in self.workspace.years()]
        remembered = self.settings.value(f"years/{self.workspace.store.path}")
        for candidate in (year, int(remembered) if remembered else None, years[-1] if years else None):
            if candidate in years:
                self.workspace.open_year(candidate)
                return
        self._on_year_opened()

    def _fill_year_combo(self) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for number, title in self.workspace.years():
            self.year_combo.addItem(f"{number}  {title}", number)
        if self.workspace.session:
            self.year_combo.setCurrentIndex(self.year_combo.findData(self.workspace.session.number))
        self.year_combo.blockSignals(False)

    @Slot(int)
    def _on_year_chosen(self, index: int) -> None:
        number = self.year_combo.itemData(index)
        if number is not None and (not self.workspace.session or number != self.workspace.session.number):
            self.workspace.open_year(number)

    def _on_year_opened(self) -> None:
        self._fill_year_combo()
        session = self.workspace.session
        if session:
            self.settings.setValue(f"years/{self.workspace.store.path}", session.number)
            self.setWindowTitle(f"{APP_NAME} — {session.year.title}")
        else:
            self.setWindowTitle(APP_NAME)
        self._update_status()

    def _update_status(self) -> None:
        self.database_label.setText(self.tr("数据库：{path}").format(path=self.workspace.store.path))
        session = self.workspace.session
        # The units tab is named as the year names its units (县（市、区）设置 for a city over its counties).
        units = session.year.unit_name(self.tr("镇街")) if session else self.tr("镇街")
        self.tabs.setTabText(self.tabs.indexOf(self.towns_tab), self.tr("{units}设置").format(units=units))
        if session is None:
            self.completeness_label.setText(self.tr("没有打开的年度"))
            return
        state = session.state()
        if state.state == FINALISED:
            self.completeness_label.setText(self.tr("已审定，数据只读（数据指纹 {fingerprint}）").format(
                fingerprint=state.fingerprint))
        elif state.state == OFFICIAL:
            self.completeness_label.setText(self.tr("正式结果（数据指纹 {fingerprint}）").format(fingerprint=state.fingerprint))
        else:
            self.completeness_label.setText(self.tr("草稿：尚有 {count} 项条件未满足，见“结果看板”").format(
                count=len(state.failing)))

    def go_to(self, failing) -> None:
        """Show the place where a failing condition of the year's state can be fixed."""
        if failing.about == SCHEME:
            self.tabs.setCurrentWidget(self.scheme_tab)
        elif failing.about == APPEAL:
            self.tabs.setCurrentWidget(self.appeals_tab)
        elif failing.town and failing.part:
            self.tabs.setCurrentWidget(self.entry_tab)
            self.entry_tab.show_cell(failing.town, failing.part)
        elif failing.department:
            self.tabs.setCurrentWidget(self.entry_tab)
            self.entry_tab.show_department(failing.department)
        elif failing.about == ENTRY:
            self.tabs.setCurrentWidget(self.registers_tab)

    def ask_new_year(self) -> Optional[dict]:
        dialog = NewYearDialog(self.workspace.years(), self)
        return dialog.values() if dialog.exec() == QDialog.Accepted else None

    @Slot()
    def on_new_year(self) -> None:
        values = self.ask_new_year()
        if values:
            self.create_year(**values)

    def create_year(self, year: int, source, title: Optional[str] = None) -> bool:
        service = YearService(self.workspace.store)
        try:
            if source == BLANK_SOURCE:
                origin = blank_scheme(year, title or self.tr("{year}年度镇街考核").format(year=year))
            elif source == TEMPLATE_SOURCE:
                origin = scheme_template()
            elif str(source).startswith(TEMPLATE_SOURCE + ":"):
                origin = scheme_template(str(source).partition(":")[2])
            else:
                origin = service.load(int(source))
            service.create_year(origin, year, title)
        except EXPECTED_ERRORS as error:
            self.messenger.error(self, describe_error(error))
            return False
        self.workspace.open_year(year)
        return True

    # --- files ---------------------------------------------------------------------

    def _switch_database(self, path: str, create: bool) -> None:
        if not create and not Path(path).exists():
            self.messenger.error(self, self.tr("找不到数据库文件 {path}").format(path=path))
            return
        path = Path(path)
        same = path.resolve() == self.workspace.store.path.resolve()
        try:
            # This window already holds its own database; any other must not be open in another window.
            store, lock = ((open_store(path), self.workspace.window_lock) if same
                           else open_for_window(path, create=create))
        except EXPECTED_ERRORS as error:
            self.messenger.error(self, describe_error(error))
            return
        if not same and self.sign_in(store) is None:  # not signed in: the other database is not opened
            store.close()
            if lock is not None:
                lock.unlock()
            return
        if same:
            store.signed_in, store.operator = self.workspace.store.signed_in, self.workspace.store.operator
        self.workspace.replace_store(store, lock)
        self._remember_recent(str(store.path))
        self.start()

    @Slot()
    def on_open_database(self) -> None:
        path = self.messenger.open_file(self, self.tr("打开数据库"), self.tr("考核数据库 (*.db);;所有文件 (*)"))
        if path:
            self._switch_database(path, create=False)

    @Slot()
    def on_new_database(self) -> None:
        path = self.messenger.save_file(self, self.tr("新建数据库"), "assessment.db", self.tr("考核数据库 (*.db)"))
        if path:
            self._switch_database(path, create=True)

    def _remember_recent(self, path: str) -> None:
        recent = [p for p in (self.settings.value("recent", []) or []) if p != path]
        self.settings.setValue("recent", [path, *recent][:MAX_RECENT])
        self._refresh_recent_menu()

    def _refresh_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.value("recent", []) or []
        if isinstance(recent, str):
            recent = [recent]
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda checked=False, p=path: self._switch_database(p, create=False))
        self.recent_menu.setEnabled(bool(recent))

    @Slot()
    def on_import_year(self) -> None:
        path = self.messenger.open_file(self, self.tr("导入年度文件"), self.tr("年度文件 (*.json)"))
        if path:
            self.import_year_file(path)

    def import_year_file(self, path: str) -> bool:
        bundle, error = run_in_background(self, self.tr("正在读取和检查 {name} …").format(name=Path(path).name),
                                          lambda report: read_year_bundle(path))
        if error is not None:
            self.messenger.error(self, describe_error(error) if isinstance(error, EXPECTED_ERRORS) else str(error))
            return False
        year, follow_up = bundle
        service = YearService(self.workspace.store)
        replace = False
        if year.year in {number for number, _ in service.years()}:
            question = self.tr("数据库中已有 {year} 年度。用文件中的内容替换它吗？现有的打分和登记将被替换。").format(year=year.year)
            if follow_up:
                question += self.tr("文件中的整改台账、申诉和佐证材料也将替换数据库中该年度的台账、申诉和佐证材料。")
            else:
                question += self.tr("数据库中该年度的整改台账、申诉和佐证材料保留不变。")
            replace = self.messenger.confirm(self, question)
            if not replace:
                return False
        try:
            service.import_year(year, replace=replace, source=path, follow_up=follow_up)
        except EXPECTED_ERRORS as error:
            self.messenger.error(self, describe_error(error))
            return False
        self.workspace.open_year(year.year)
        self.messenger.info(self, self.tr("已导入 {year} 年度：{towns} 个镇街，{scores} 条得分。").format(
            year=year.year, towns=len(year.towns), scores=len(year.scores)))
        return True

    @Slot()
    def on_export_year(self) -> None:
        session = self.workspace.session
        if session is None:
            return
        path = self.messenger.save_file(self, self.tr("导出年度文件"), f"{session.number}.json", self.tr("年度文件 (*.json)"))
        if path:
            self._attempt(lambda: YearService(self.workspace.store).export_file(session.number, path),
                          self.tr("已导出到 {path}").format(path=path))

    @Slot()
    def on_export_results(self) -> None:
        export_results(self, self.workspace)

    @Slot()
    def on_backup(self) -> None:
        path = self.messenger.save_file(self, self.tr("备份数据库"), "assessment-backup.db", self.tr("考核数据库 (*.db)"))
        if path:
            self._attempt(lambda: YearService(self.workspace.store).backup(path),
                          self.tr("已备份到 {path}").format(path=path))

    def _attempt(self, action, done: str) -> bool:
        """Run ``action``; say ``done`` when it worked, or why it did not."""
        try:
            action()
        except EXPECTED_ERRORS as error:
            self.messenger.error(self, describe_error(error))
            return False
        self.messenger.info(self, done)
        return True

    @Slot()
    def on_about(self) -> None:
        self.messenger.info(self, self.tr("{name} {version}\n镇街年度考核计分、排名、定等与公文输出。\n全部数据保存在本机，不联网。").format(
            name=APP_NAME, version=__version__), self.tr("关于"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt name
        self.workspace.leave()
        self.workspace.release_window_lock()
        self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
