#include "CliCommon.h"

#include "AppPaths.h"
#include "DocumentParser.h"
#include "LibraryStoreFactory.h"
#include "StoreResult.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>

namespace evalreview::cli {

CommandLine::CommandLine(const QString &name, const QString &description, bool withLibrary, bool withJson)
    : m_name(name), m_withJson(withJson)
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    if (withLibrary) {
        parser.addOption(library);
    }
    if (withJson) {
        parser.addOption(json);
    }
}

bool CommandLine::parse(const QStringList &args, int &exitCode, int minPositional, int maxPositional)
{
    if (!parser.parse(args)) {
        printError(parser.errorText() + QStringLiteral(" (see: evalreview-cli %1 --help)").arg(m_name));
        exitCode = Usage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printLine(parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                            QStringLiteral("evalreview-cli ") + m_name));
        exitCode = Ok;
        return false;
    }
    const auto n = parser.positionalArguments().size();
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        printError(QStringLiteral("Wrong number of arguments (see: evalreview-cli %1 --help).").arg(m_name));
        exitCode = Usage;
        return false;
    }
    return true;
}

QString CommandLine::libraryPath() const
{
    const QString p = parser.value(library);
    return p.isEmpty() ? paths::defaultLibrary() : p;
}

std::unique_ptr<LibraryStore> openLibrary(const CommandLine &cl)
{
    const QString location = cl.libraryPath();
    if (!isTeamLibrary(location) && !cl.createsLibrary && !QFileInfo::exists(location)) {
        printError(QStringLiteral("There is no library at %1 (import documents into it first).").arg(location));
        return nullptr;
    }
    StoreResult<std::unique_ptr<LibraryStore>> opened =
        guarded([&cl, &location] { return openLibraryStore(location, cl.readsOnly); });
    if (!opened) {
        printError(opened.errorString());
        return nullptr;
    }
    return std::move(opened).value();
}

std::optional<qint64> positiveNumber(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    bool ok = false;
    const QString text = parser.value(option);
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n <= 0) {
        printError(QStringLiteral("--%1 takes a whole number from 1 up; \"%2\" is none.")
                       .arg(option.names().constFirst(), text));
        return std::nullopt;
    }
    return n;
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option)) {
        return QDate();
    }
    const QDate d = QDate::fromString(parser.value(option), Qt::ISODate);
    if (!d.isValid()) {
        printError(QStringLiteral("--%1 takes a date as YYYY-MM-DD; \"%2\" is none.")
                       .arg(option.names().constFirst(), parser.value(option)));
        return std::nullopt;
    }
    return d;
}

std::unique_ptr<LibraryStore> parseAndOpen(CommandLine &cl, const QStringList &args, int &exitCode)
{
    if (!cl.parse(args, exitCode)) {
        return nullptr;
    }
    auto store = openLibrary(cl);
    exitCode = store ? Ok : Failed;
    return store;
}

std::optional<QJsonObject> askReader(const QString &path, const ReadRequest &request, int &exitCode)
{
    const ReaderAnswer answer = IsolatedParser().answer(path, request);
    if (!answer.ok()) {
        printError(answer.errorString());
        exitCode = answer.reason() == ParseError::BadRequest ? Usage : BadInput;
        return std::nullopt;
    }
    return answer.value();
}

QString counted(qint64 n, const char *singular, const char *plural)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? singular : plural));
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printLine(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printError(const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace evalreview::cli
