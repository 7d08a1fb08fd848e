#include "QuestionBox.h"

#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace evalreview::question_box {

void open(QMessageBox *box, QPushButton *yes, QPushButton *no, std::function<void(bool yes)> answer)
{
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setDefaultButton(yes);
    box->setEscapeButton(no);
    auto answered = std::make_shared<bool>(false);
    QObject::connect(box, &QMessageBox::finished, box, [box, yes, answer = std::move(answer), answered](int) {
        if (!*answered) {
            *answered = true;
            answer(box->clickedButton() == yes);
        }
    });
    box->open();
}

} // namespace evalreview::question_box
