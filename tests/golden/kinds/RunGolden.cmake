# Extracts DOC with CLI into OUT and scores it against GOLD; fails unless every field passes.
execute_process(COMMAND ${CLI} extract ${DOC} OUTPUT_FILE ${OUT} RESULT_VARIABLE extractResult)
if(NOT extractResult EQUAL 0)
    message(FATAL_ERROR "extract failed (${extractResult}) for ${DOC}")
endif()
execute_process(COMMAND ${PYTHON} ${SCORER} ${GOLD} ${OUT} RESULT_VARIABLE scoreResult
                OUTPUT_VARIABLE scoreOut ERROR_VARIABLE scoreErr)
message("${scoreOut}${scoreErr}")
if(NOT scoreResult EQUAL 0)
    message(FATAL_ERROR "gold score failed for ${DOC}")
endif()
