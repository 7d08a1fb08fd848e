#include "OpenFilesQuestion.h"

#include "QuestionBox.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace evalreview::open_files_question {

namespace {

/// The words of this file, in the context "OpenFilesQuestion".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpenFilesQuestion)
};

Asker &installed()
{
    static Asker a;
    return a;
}

} // namespace

QString text(const QStringList &files)
{
    return files.size() == 1 ? Text::tr("Import this document into the library?")
                             : Text::tr("Import these %n documents into the library?", nullptr, int(files.size()));
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
    auto *box = new QMessageBox(QMessageBox::Question, Text::tr("Import documents"), text(files), QMessageBox::NoButton,
                                parent);
    box->setObjectName(QStringLiteral("openFilesQuestion"));
    box->setInformativeText(fileList(files));
    box->setDetailedText(files.join(QLatin1Char('\n')));
    QPushButton *import = box->addButton(Text::tr("Import"), QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    question_box::open(box, import, cancel, std::move(answer));
}

void setAsker(Asker asker)
{
    installed() = std::move(asker);
}

} // namespace evalreview::open_files_question
