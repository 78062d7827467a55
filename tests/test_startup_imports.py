"""The main window starts without the PDF, workbook, image and schema libraries.

They load on first use (a PDF built, a workbook read or written, a year file
read); importing them at start-up cost about 0.7 s of cold start.
"""
import json
import os
import subprocess
import sys

from conftest import ROOT

HEAVY = ("reportlab", "openpyxl", "PIL", "jsonschema")

CHILD = r"""
import json, sys
from desktop_app.gui.app import create_application
app = create_application()
from desktop_app.gui.main_window import MainWindow
from desktop_app.storage import Store
store = Store(sys.argv[1])
window = MainWindow(store)
window.start()
window.show()
app.processEvents()
print(json.dumps({"year": window.workspace.session.number,
                  "loaded": sorted(name for name in sys.argv[2:] if name in sys.modules)}))
window.close()
store.close()
"""


def test_main_window_starts_without_heavy_libraries(tmp_path, example_year):
    from desktop_app.storage import Store

    database = tmp_path / "start.db"
    with Store(database) as store:  # the year is already stored: the child reads no year file
        store.save_year(example_year)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "xdg-data"),
               XDG_CONFIG_HOME=str(tmp_path / "xdg-config"), PYTHONIOENCODING="utf-8")
    done = subprocess.run([sys.executable, "-c", CHILD, str(database), *HEAVY], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["year"] == 2023
    assert report["loaded"] == []


def test_documents_package_still_exports_every_name():
    import desktop_app.documents as documents
    from desktop_app.documents import fonts, notice

    assert set(documents.__all__) == set(documents._SOURCES)
    assert all(getattr(documents, name) is not None for name in documents.__all__)
    assert documents.build_notice is notice.build_notice and documents.DocumentError is fonts.DocumentError
