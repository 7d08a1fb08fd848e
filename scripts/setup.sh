# Shared by scripts/run, scripts/test and scripts/bench: install what is missing, configure, build.
# Sourced, not run. Uses: ROOT (the repository), BUILD_DIR, CMAKE_ARGS (array), BUILD_TARGETS (array, optional).
set -euo pipefail

say() { printf '%s\n' "$*" >&2; }

install_missing_packages() {
    local missing=() pkg
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done < "$ROOT/scripts/deps.txt"
    ((${#missing[@]} == 0)) && return 0
    say "Installing ${#missing[@]} missing package(s): ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { say "Please install as root: apt-get install ${missing[*]}"; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

configure_and_build() {
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
        cmake -S "$ROOT" -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=Release "${CMAKE_ARGS[@]}" >&2
    else
        cmake "$BUILD_DIR" "${CMAKE_ARGS[@]}" >/dev/null
    fi
    # BUILD_TARGETS (array, optional): only these targets and what they need.
    cmake --build "$BUILD_DIR" --parallel "$jobs" ${BUILD_TARGETS[@]+--target "${BUILD_TARGETS[@]}"} >&2
}
