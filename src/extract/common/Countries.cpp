#include "Countries.h"

#include "TextTools.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace evalreview::extract::countries {

namespace {

// Canonical names; variants map onto them below.
const char *const kNames[] = {"Afghanistan",
                              "Albania",
                              "Algeria",
                              "Angola",
                              "Argentina",
                              "Armenia",
                              "Australia",
                              "Austria",
                              "Azerbaijan",
                              "Bahrain",
                              "Bangladesh",
                              "Barbados",
                              "Belarus",
                              "Belgium",
                              "Belize",
                              "Benin",
                              "Bhutan",
                              "Bolivia",
                              "Bosnia and Herzegovina",
                              "Botswana",
                              "Brazil",
                              "Brunei Darussalam",
                              "Bulgaria",
                              "Burkina Faso",
                              "Burundi",
                              "Cabo Verde",
                              "Cambodia",
                              "Cameroon",
                              "Canada",
                              "Central African Republic",
                              "Chad",
                              "Chile",
                              "China",
                              "Colombia",
                              "Comoros",
                              "Congo",
                              "Costa Rica",
                              "Côte d'Ivoire",
                              "Croatia",
                              "Cuba",
                              "Cyprus",
                              "Czechia",
                              "Democratic Republic of the Congo",
                              "Denmark",
                              "Djibouti",
                              "Dominican Republic",
                              "Ecuador",
                              "Egypt",
                              "El Salvador",
                              "Equatorial Guinea",
                              "Eritrea",
                              "Estonia",
                              "Eswatini",
                              "Ethiopia",
                              "Fiji",
                              "Finland",
                              "France",
                              "Gabon",
                              "Gambia",
                              "Georgia",
                              "Germany",
                              "Ghana",
                              "Greece",
                              "Guatemala",
                              "Guinea",
                              "Guinea-Bissau",
                              "Guyana",
                              "Haiti",
                              "Honduras",
                              "Hungary",
                              "Iceland",
                              "India",
                              "Indonesia",
                              "Iran",
                              "Iraq",
                              "Ireland",
                              "Israel",
                              "Italy",
                              "Jamaica",
                              "Japan",
                              "Jordan",
                              "Kazakhstan",
                              "Kenya",
                              "Kiribati",
                              "Kuwait",
                              "Kyrgyzstan",
                              "Lao People's Democratic Republic",
                              "Latvia",
                              "Lebanon",
                              "Lesotho",
                              "Liberia",
                              "Libya",
                              "Lithuania",
                              "Luxembourg",
                              "Madagascar",
                              "Malawi",
                              "Malaysia",
                              "Maldives",
                              "Mali",
                              "Malta",
                              "Mauritania",
                              "Mauritius",
                              "Mexico",
                              "Moldova",
                              "Mongolia",
                              "Montenegro",
                              "Morocco",
                              "Mozambique",
                              "Myanmar",
                              "Namibia",
                              "Nepal",
                              "Netherlands",
                              "New Zealand",
                              "Nicaragua",
                              "Niger",
                              "Nigeria",
                              "North Macedonia",
                              "Norway",
                              "Oman",
                              "Pakistan",
                              "Palestine",
                              "Panama",
                              "Papua New Guinea",
                              "Paraguay",
                              "Peru",
                              "Philippines",
                              "Poland",
                              "Portugal",
                              "Qatar",
                              "Republic of Korea",
                              "Romania",
                              "Russian Federation",
                              "Rwanda",
                              "Samoa",
                              "Saudi Arabia",
                              "Senegal",
                              "Serbia",
                              "Seychelles",
                              "Sierra Leone",
                              "Singapore",
                              "Slovakia",
                              "Slovenia",
                              "Solomon Islands",
                              "Somalia",
                              "South Africa",
                              "South Sudan",
                              "Spain",
                              "Sri Lanka",
                              "Sudan",
                              "Suriname",
                              "Sweden",
                              "Switzerland",
                              "Syria",
                              "Tajikistan",
                              "Thailand",
                              "Timor-Leste",
                              "Togo",
                              "Tonga",
                              "Trinidad and Tobago",
                              "Tunisia",
                              "Türkiye",
                              "Turkmenistan",
                              "Tuvalu",
                              "Uganda",
                              "Ukraine",
                              "United Arab Emirates",
                              "United Kingdom",
                              "United Republic of Tanzania",
                              "United States",
                              "Uruguay",
                              "Uzbekistan",
                              "Vanuatu",
                              "Venezuela",
                              "Viet Nam",
                              "Yemen",
                              "Zambia",
                              "Zimbabwe"};

const QHash<QString, QString> &table()
{
    static const QHash<QString, QString> t = [] {
        QHash<QString, QString> m;
        for (const char *n : kNames) {
            const QString name = QString::fromUtf8(n);
            m.insert(text::fold(name), name);
        }
        const std::pair<const char *, const char *> variants[] = {{"vietnam", "Viet Nam"},
                                                                  {"korea", "Republic of Korea"},
                                                                  {"south korea", "Republic of Korea"},
                                                                  {"lao pdr", "Lao People's Democratic Republic"},
                                                                  {"laos", "Lao People's Democratic Republic"},
                                                                  {"tanzania", "United Republic of Tanzania"},
                                                                  {"timor leste", "Timor-Leste"},
                                                                  {"east timor", "Timor-Leste"},
                                                                  {"turkey", "Türkiye"},
                                                                  {"cote d'ivoire", "Côte d'Ivoire"},
                                                                  {"ivory coast", "Côte d'Ivoire"},
                                                                  {"russia", "Russian Federation"},
                                                                  {"usa", "United States"},
                                                                  {"united states of america", "United States"},
                                                                  {"uk", "United Kingdom"},
                                                                  {"czech republic", "Czechia"},
                                                                  {"swaziland", "Eswatini"},
                                                                  {"cape verde", "Cabo Verde"},
                                                                  {"burma", "Myanmar"},
                                                                  {"drc", "Democratic Republic of the Congo"}};
        for (const auto &[v, c] : variants) {
            m.insert(QString::fromUtf8(v), QString::fromUtf8(c));
        }
        return m;
    }();
    return t;
}

} // namespace

QString canonical(const QString &name)
{
    QString f = text::fold(name);
    if (f.startsWith(QStringLiteral("the "))) {
        f = f.mid(4);
    }
    return table().value(f);
}

QStringList findAll(const QString &input)
{
    static const QRegularExpression re = [] {
        QStringList keys = table().keys();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        QStringList escaped;
        for (const QString &k : keys) {
            if (k.size() > 3) { // short codes ("uk", "usa", "drc") only match as whole values
                escaped << QRegularExpression::escape(k).replace(QStringLiteral("\\ "), QStringLiteral("\\s+"));
            }
        }
        return QRegularExpression(QStringLiteral("\\b(") + escaped.join(QLatin1Char('|')) + QStringLiteral(")\\b"),
                                  QRegularExpression::CaseInsensitiveOption);
    }();
    QStringList out;
    QString t = input;
    t.replace(QChar(0x2019), QLatin1Char('\''));
    for (auto it = re.globalMatch(t); it.hasNext();) {
        const auto m = it.next();
        const QString printed = m.captured(1).simplified();
        if (printed.at(0).isUpper()) {
            out << printed;
        }
    }
    return out;
}

} // namespace evalreview::extract::countries
