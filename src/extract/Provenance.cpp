#include "Provenance.h"

#include <QJsonObject>

#include <cmath>

namespace evalreview::extract {

void Provenance::add(int page, const NormRect &box)
{
    if (page < 1 || box.isEmpty()) {
        return;
    }
    auto it = m_boxes.find(page);
    if (it == m_boxes.end()) {
        m_boxes.insert(page, box);
    } else {
        *it = it->united(box);
    }
}

void Provenance::merge(const Provenance &other)
{
    for (auto it = other.m_boxes.begin(); it != other.m_boxes.end(); ++it) {
        add(it.key(), it.value());
    }
}

void Provenance::mergeOtherPages(const Provenance &other)
{
    for (auto it = other.m_boxes.begin(); it != other.m_boxes.end(); ++it) {
        if (!m_boxes.contains(it.key())) {
            m_boxes.insert(it.key(), it.value());
        }
    }
}

QJsonArray Provenance::toJson() const
{
    auto round4 = [](double v) { return std::round(std::clamp(v, 0.0, 1.0) * 10000.0) / 10000.0; };
    QJsonArray out;
    for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it) {
        const NormRect &b = it.value();
        out.append(
            QJsonObject{{QStringLiteral("page"), it.key()},
                        {QStringLiteral("bbox"), QJsonArray{round4(b.x0), round4(b.y0), round4(b.x1), round4(b.y1)}}});
    }
    return out;
}

QString simplified(const QString &text)
{
    QString t = text;
    t.replace(QChar(0x00AD), QString());
    return t.simplified();
}

} // namespace evalreview::extract
