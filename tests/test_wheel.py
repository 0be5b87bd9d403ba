"""The package as a user installs it: build the wheel, install it into a fresh venv outside the
checkout, and run `reportbot` from another folder, so that nothing can be read from the checkout.

To stay fast and offline, the fresh venv borrows the already installed dependencies of the test venv
(a `.pth` line appends its site-packages); the wheel itself is installed with `--no-deps`, and
`pip check` confirms that every dependency it declares is satisfied.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.wheel


def _run(args: list, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel built from this checkout; returns its bin/ folder."""
    base = tmp_path_factory.mktemp("wheel")
    # Build from a copy of what the Dockerfile copies: no stale build/ folder, no local index.
    source = base / "source"
    skip = shutil.ignore_patterns("__pycache__", "*.egg-info", "build", "index.db*", ".index.db*")
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source)
    for name in ("index", "bot", "data"):
        shutil.copytree(ROOT / name, source / name, ignore=skip)
    dist = base / "dist"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check"]
    built = _run([*pip, "wheel", source, "--no-deps", "--quiet", "-w", dist], cwd=base)
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("reportbot-*.whl")

    venv = base / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=base)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    purelib = _run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], cwd=base)
    Path(purelib.stdout.strip(), "_borrowed_dependencies.pth").write_text(
        sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8"
    )
    done = _run([*pip, "--python", python, "install", "--no-deps", "--quiet", wheel], cwd=base)
    assert done.returncode == 0, done.stderr
    checked = _run([*pip, "--python", python, "check"], cwd=base)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    return venv / "bin"


def _clean_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REPORTBOT_", "TELEGRAM_", "PYTHON"))}
    return env | {"HOME": str(home), "MPLCONFIGDIR": str(home / "mpl")}


def test_the_installed_package_is_imported_from_the_venv_not_the_checkout(installed, tmp_path):
    probe = "import bot, index, reportbot_data; print(bot.__file__, index.__file__, reportbot_data.__file__)"
    result = _run([installed / "python", "-c", probe], cwd=tmp_path, env=_clean_env(tmp_path))
    assert result.returncode == 0, result.stderr
    for path in result.stdout.split():
        assert Path(path).is_relative_to(installed.parent), path


def test_the_wheel_indexes_its_bundled_reports_and_answers_outside_the_checkout(installed, tmp_path):
    # 发改委 is an abbreviation from data/aliases.tsv: answering it reads the package data.
    result = _run(
        [installed / "reportbot", "ask", "嘉兴发改委2020年收到多少政府信息公开申请？"],
        cwd=tmp_path,
        env=_clean_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "自带的示例年报" in result.stderr
    assert "嘉兴市发展和改革委员会 2020年 本年新收申请（总计）：31件" in result.stdout
    assert "003_9ada3b8ff70e53da.txt 第79行" in result.stdout
    assert (tmp_path / "data" / "index.db").is_file()


def test_the_wheel_indexes_a_reports_folder_given_on_the_command_line(installed, tmp_path):
    reports = Path(
        _run(
            [installed / "python", "-c", "from bot.config import sample_reports_dir; print(sample_reports_dir())"],
            cwd=tmp_path,
            env=_clean_env(tmp_path),
        ).stdout.strip()
    )
    db = tmp_path / "elsewhere" / "index.db"
    built = _run([installed / "reportbot", "index", reports, "--db", db], cwd=tmp_path, env=_clean_env(tmp_path))
    assert built.returncode == 0, built.stderr
    n = len(list(reports.glob("*.txt")))
    assert f"共 {n} 份报告" in built.stdout
    found = _run([installed / "reportbot", "search", "--db", db, "双随机"], cwd=tmp_path, env=_clean_env(tmp_path))
    assert found.returncode == 0, found.stderr
    assert "【" in found.stdout


def test_the_dockerfile_checks_pass_on_the_installed_wheel_without_writing_into_it(installed, tmp_path):
    """deploy/Dockerfile's own checks (the CJK chart font, the OCR engine with the models from its
    wheel), run as its runtime user runs them: from the installed package, with a fresh HOME. Nothing
    may be written beside the installed packages (the image's site-packages belong to root)."""
    dockerfile = (ROOT / "deploy" / "Dockerfile").read_text(encoding="utf-8")
    runtime = dockerfile[dockerfile.rindex("\nUSER ") :]
    checks = re.findall(r'^RUN python -c "(.+)"$', runtime, flags=re.M)
    assert len(checks) >= 2 and any("cjk_font" in c for c in checks) and any("_engine" in c for c in checks)
    packages = [installed.parent / "lib", Path(sysconfig.get_paths()["purelib"])]
    before = {p: p.stat().st_mtime_ns for root in packages for p in root.rglob("*") if "__pycache__" not in p.parts}
    env = _clean_env(tmp_path) | {"PYTHONDONTWRITEBYTECODE": "1"}
    for check in checks:
        result = _run([installed / "python", "-c", check], cwd=tmp_path, env=env)
        assert result.returncode == 0, result.stderr
        assert "ok" in result.stdout or "font" in result.stdout, result.stdout
    after = {p: p.stat().st_mtime_ns for root in packages for p in root.rglob("*") if "__pycache__" not in p.parts}
    assert after == before
