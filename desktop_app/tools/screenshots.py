"""Render every tab of the main window on the demo year to PNG files.

``python -m desktop_app.tools.screenshots OUTDIR [--width 1400 --height 900]``

Uses a temporary copy of the demo year, never the user's database.
"""
from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path


def render(outdir: Path, width: int = 1400, height: int = 900) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ..gui.app import create_application
    from ..gui.main_window import MainWindow
    from ..gui.common.messenger import RecordingMessenger
    from ..services import YearService, demo_year
    from ..storage import Store

    app = create_application()
    outdir.mkdir(parents=True, exist_ok=True)
    saved = []
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "demo.db")
        YearService(store).import_year(demo_year())
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.IniFormat)
        window = MainWindow(store, messenger=RecordingMessenger(), settings=settings)
        window.resize(width, height)
        window.start()
        window.show()
        def shoot(name: str) -> None:
            for _ in range(3):
                app.processEvents()
            path = outdir / f"{name}.png"
            window.grab().save(str(path))
            saved.append(path)

        for index in range(window.tabs.count()):
            tab = window.tabs.widget(index)
            window.tabs.setCurrentIndex(index)
            app.processEvents()
            name = f"{index + 1:02d}-{tab.__class__.__name__.lower()}"
            if tab is window.scheme_tab:
                tab.select("indicator", "I07")  # a shared indicator: two departments' parts
            if tab is window.registers_tab:
                for number, page in enumerate((tab.bonus_page, tab.inspection_page, tab.veto_page)):
                    tab.pages.setCurrentWidget(page)
                    page.select_record(0)
                    shoot(f"{name}-{number + 1}")
                continue
            if tab is getattr(window, "documents_tab", None):
                tab.preview()  # the notice as it will print
                deadline = time.monotonic() + 3  # QPdfView renders pages in a thread
                while time.monotonic() < deadline:
                    app.processEvents()
                    time.sleep(0.05)
            shoot(name)
        window.close()
        store.close()
    QApplication.processEvents()
    return saved


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="把主窗口各页渲染为 PNG")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    args = parser.parse_args(argv)
    for path in render(args.outdir, args.width, args.height):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
