#include "TextFold.h"

namespace evalreview::extract::mr {

QString fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
        const QChar base = decomposed.isEmpty() ? c : decomposed.at(0);
        out += base.isLetter() ? base.toLower() : c.toLower();
    }
    return out;
}

} // namespace evalreview::extract::mr
