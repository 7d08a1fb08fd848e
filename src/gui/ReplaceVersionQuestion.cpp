#include "ReplaceVersionQuestion.h"

#include "QuestionBox.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace evalreview::replace_question {

namespace {

/// The words of this file, in the context "ReplaceVersionQuestion".
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ReplaceVersionQuestion)
};

Asker &installed()
{
    static Asker a;
    return a;
}

} // namespace

QString text(const ReplaceQuestion &q)
{
    const QDateTime at = QDateTime::fromString(q.earlierImportedAt, Qt::ISODate);
    QString text =
        Text::tr("The library already holds “%1” (%2, imported %3), and %4 has the same title with other "
                 "content: it looks like a revised version.")
            .arg(q.title, q.earlierFileName,
                 at.isValid() ? QLocale().toString(at.toLocalTime().date(), QLocale::ShortFormat) : q.earlierImportedAt,
                 q.fileName);
    text += QLatin1String("\n\n");
    text +=
        q.followUps > 0
            ? Text::tr("Replace the earlier version? Your follow-up of its %n recommendation(s) (status, owner, due "
                       "date, note, history) and your link decisions move to the matching recommendations of the new "
                       "version. Whatever matches nothing is kept and listed after the import.",
                       nullptr, q.followUps)
            : Text::tr("Replace the earlier version? It has no follow-up yet; your link decisions move to the "
                       "matching recommendations of the new version.");
    text += QLatin1Char(' ') + Text::tr("Keep both imports the new version beside the earlier one.");
    return text;
}

QWidget *ask(QWidget *parent, const ReplaceQuestion &question, Answer answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, Text::tr("Replace the earlier version?"), text(question),
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("replaceVersionQuestion"));
    QPushButton *replace = box->addButton(Text::tr("Replace"), QMessageBox::AcceptRole);
    QPushButton *keep = box->addButton(Text::tr("Keep Both"), QMessageBox::RejectRole);
    question_box::open(box, replace, keep, std::move(answer));
    return box;
}

void setAsker(Asker asker)
{
    installed() = std::move(asker);
}

const Asker &asker()
{
    return installed();
}

} // namespace evalreview::replace_question
