# Shared by start.sh and test.sh: make .venv and install the project into it.
PYTHON=${PYTHON:-python3}

ensure_venv() {
    local extras=$1
    if [ ! -x .venv/bin/python ]; then
        if ! "$PYTHON" -m venv .venv 2>/dev/null; then
            rm -rf .venv
            if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
                echo "安装 python3-venv …" >&2
                apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
                "$PYTHON" -m venv .venv
            else
                echo "无法创建 Python 虚拟环境。请先安装：sudo apt-get install python3-venv" >&2
                echo "Cannot create a Python virtual environment: install python3-venv first." >&2
                exit 1
            fi
        fi
    fi
    # Reinstall only when pyproject.toml changed since the last install.
    local stamp=".venv/.installed${extras}"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        echo "安装依赖（首次需要几分钟）…" >&2
        .venv/bin/python -m pip install --disable-pip-version-check -q -e ".${extras}"
        touch "$stamp"
    fi
}
