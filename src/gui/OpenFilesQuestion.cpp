#include "OpenFilesQuestion.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace evalreview::open_files_question {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("OpenFilesQuestion", text, nullptr, n);
}

Asker &installed()
{
    static Asker a;
    return a;
}

} // namespace

QString text(const QStringList &files)
{
    return files.size() == 1 ? tr("Import this document into the library?")
                             : tr("Import these %n documents into the library?", files.size());
}

QString fileList(const QStringList &files)
{
    QStringList lines;
    for (const QString &file : files) {
        lines << QFileInfo(file).fileName();
    }
    return lines.join(QLatin1Char('\n'));
}

void ask(QWidget *parent, const QStringList &files, Answer answer)
{
    if (installed()) {
        installed()(parent, files, std::move(answer));
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Import documents"), text(files), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("openFilesQuestion"));
    box->setInformativeText(fileList(files));
    box->setDetailedText(files.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *import = box->addButton(tr("Import"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(import);
    box->setEscapeButton(cancel);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(box, &QMessageBox::finished, box, [box, import, answer, answered](int) {
        if (!*answered) {
            *answered = true;
            answer(box->clickedButton() == import);
        }
    });
    box->open();
}

void setAsker(Asker asker)
{
    installed() = std::move(asker);
}

} // namespace evalreview::open_files_question
