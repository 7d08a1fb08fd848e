# One interface target carries the compile settings every EvalReview target shares.
add_library(evalreview_config INTERFACE)
target_compile_definitions(evalreview_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
    EVALREVIEW_VERSION="${PROJECT_VERSION}")
# Headers every layer shares (the Result convention at layer boundaries).
target_include_directories(evalreview_config INTERFACE ${PROJECT_SOURCE_DIR}/src/common)
target_compile_options(evalreview_config INTERFACE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
if(EVALREVIEW_FUZZ OR EVALREVIEW_SANITIZE)
    # AddressSanitizer reserves terabytes of address space: the reader process's RLIMIT_AS is left out.
    target_compile_definitions(evalreview_config INTERFACE EVALREVIEW_SANITIZED)
endif()
if(EVALREVIEW_FUZZ)
    # Everything is instrumented for coverage; only the fuzz targets link the fuzzer's main.
    target_compile_options(evalreview_config INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(evalreview_config INTERFACE -fsanitize=address,undefined)
elseif(EVALREVIEW_SANITIZE)
    target_compile_options(evalreview_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(evalreview_config INTERFACE -fsanitize=address,undefined)
endif()
