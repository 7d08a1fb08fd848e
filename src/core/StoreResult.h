#pragma once

#include "LibraryStore.h"
#include "Result.h"
#include "Sqlite.h"

#include <exception>
#include <type_traits>
#include <utility>

namespace evalreview {

/// The library's answer at its edge: a value, or the reason and sentence of a StoreError.
template <typename T> using StoreResult = Result<T, StoreError::Reason>;

/// Turns a SQLite failure into a sentence a reviewer can act on.
StoreError toStoreError(const sql::Error &error);
/// What a failure that is no store error (a bug) tells the user; the details go to the log.
StoreError internalError(const std::exception &error);

/// Runs `work`, which may throw the library's exceptions (StoreError, sql::Error), and returns what
/// it returned or why it failed. Inside the store code throws; callers beyond it (the window, the
/// import and export jobs, the CLI) go through here, so a store error reaches them as a Result and
/// never ends the program.
template <typename Work> auto guarded(Work &&work) -> StoreResult<std::invoke_result_t<Work>>
{
    using T = std::invoke_result_t<Work>;
    try {
        if constexpr (std::is_void_v<T>) {
            std::forward<Work>(work)();
            return {};
        } else {
            return std::forward<Work>(work)();
        }
    } catch (const StoreError &e) {
        return Failure{e.reason(), e.message()};
    } catch (const sql::Error &e) {
        const StoreError error = toStoreError(e);
        return Failure{error.reason(), error.message()};
    } catch (const std::exception &e) {
        const StoreError error = internalError(e);
        return Failure{error.reason(), error.message()};
    }
}

} // namespace evalreview
