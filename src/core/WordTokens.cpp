#include "WordTokens.h"

namespace evalreview {

QStringList foldedWords(const QString &text)
{
    QStringList out;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString word;
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (c.category() != QChar::Mark_NonSpacing) {
            if (!word.isEmpty()) {
                out.append(word);
                word.clear();
            }
        }
    }
    if (!word.isEmpty()) {
        out.append(word);
    }
    return out;
}

} // namespace evalreview
