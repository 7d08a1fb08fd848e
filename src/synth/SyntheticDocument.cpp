// The content of one synthetic document: kinds, numbering styles, sections, responses, actions,
// donor comments, follow-ups and page text, drawn from a seeded generator.
#include "SyntheticDocument.h"

#include "SyntheticText.h"

#include <QCryptographicHash>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>

namespace evalreview::synth {

namespace {

using Rng = std::mt19937_64;

template <typename T, std::size_t N> const T &pick(Rng &rng, const std::array<T, N> &list)
{
    return list[rng() % N];
}

int between(Rng &rng, int lo, int hi)
{
    return lo + int(rng() % std::uint64_t(hi - lo + 1));
}

bool chance(Rng &rng, double p)
{
    return double(rng() % 1000000) < p * 1e6;
}

struct Country
{
    const char *name;
    const char *prefix;
};

constexpr std::array kCountries{
    Country{"Ghana", "G"},    Country{"South Africa", "SA"},  Country{"Viet Nam", "V"},     Country{"Indonesia", "I"},
    Country{"Peru", "P"},     Country{"Côte d'Ivoire", "CI"}, Country{"Bangladesh", "B"},   Country{"Colombia", "C"},
    Country{"Ethiopia", "E"}, Country{"Jordan", "J"},         Country{"Myanmar", "M"},      Country{"Türkiye", "T"},
    Country{"Senegal", "S"},  Country{"Kyrgyzstan", "K"},     Country{"Timor-Leste", "TL"}, Country{"Nepal", "N"},
};
constexpr std::array kThemes{"Relevance",      "Coherence",           "Effectiveness",   "Efficiency",
                             "Impact",         "Sustainability",      "Gender equality", "Social dialogue",
                             "Project design", "Knowledge management"};
constexpr std::array kDonors{"SECO", "NORAD", "Sida",      "USDOL", "European Union",
                             "DFAT", "BMZ",   "Irish Aid", "KOICA", "Global Affairs Canada",
                             "FCDO", "Danida"};
constexpr std::array kUnits{"ILO Programme Management",
                            "ILO Country Office",
                            "Project team",
                            "PARDEV",
                            "EVAL",
                            "ENTERPRISES Department",
                            "Regional Office for Asia and the Pacific",
                            "Project Advisory Committee",
                            "Ministry of Labour",
                            "Social partners",
                            "Bộ Lao động – Thương binh và Xã hội",
                            "Ministère du Travail et de l'Emploi",
                            "Ministerio de Trabajo y Promoción del Empleo",
                            "وزارة العمل",
                            "人力资源和社会保障部",
                            "Министерство труда и социальной защиты"};
constexpr std::array kTimeFrames{"Short-term",       "Medium-term", "Long-term", "Q1 2025",   "Q3 2024",
                                 "By December 2025", "2026",        "Ongoing",   "Immediate", "Within 6 months"};
constexpr std::array kLevels{"High", "Medium", "Low"};
constexpr std::array kOwners{"A. Mensah",   "L. Nguyen", "K. Otieno", "M. García", "S. Haddad",
                             "J. Svensson", "R. Sharma", "É. Dubois", "T. Okafor", "H. Tanaka"};
constexpr std::array kTags{"gender",        "disability",        "M&E",
                           "budget",        "constituents",      "sustainability",
                           "exit strategy", "capacity building", "social protection",
                           "green jobs"};

struct Category
{
    const char *key;
    const char *lead;
    int weight;
};
constexpr std::array kCategories{
    Category{"accepted", "Accepted.", 45},
    Category{"accepted_with_reservations", "Accepted with reservations –", 14},
    Category{"partially_accepted", "Partially accepted.", 14},
    Category{"not_accepted", "Not accepted.", 7},
    Category{"no_position", "The ILO is not in the position to accept or to reject this recommendation.", 6},
    Category{"deferred", "To be consulted with the constituents before a decision is taken.", 8},
};
constexpr std::array kStatuses{"not_started", "in_progress", "partially_completed", "completed", "no_longer_relevant"};

std::string isoDate(std::chrono::sys_days day)
{
    const std::chrono::year_month_day ymd(day);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day()));
    return buf;
}

std::string isoTime(std::chrono::sys_days day, int minutes)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%sT%02d:%02d:00Z", isoDate(day).c_str(), (minutes / 60) % 24, minutes % 60);
    return buf;
}

class Builder
{
public:
    Builder(const SyntheticText &text, Rng &rng, Document &doc) : m_text(text), m_rng(rng), m_doc(doc) {}
    void build(std::uint64_t seed, int index, int recommendations);

private:
    enum class Numbering
    {
        Plain,
        SectionPrefix,
        Hierarchical
    };
    std::string sentences(int lo, int hi)
    {
        std::string s;
        m_text.appendSentences(m_rng, between(m_rng, lo, hi), s);
        return s;
    }
    /// Lays `text` out below the previous block, on a new page when it does not fit.
    Box place(const std::string &text);
    void addRecommendation(int ordinal, int sectionIndex, int numberInSection);
    void addFollowUp(Recommendation &r);
    std::string code(int sectionIndex, int numberInSection, int ordinal) const;

    const SyntheticText &m_text;
    Rng &m_rng;
    Document &m_doc;
    Numbering m_numbering = Numbering::Plain;
    bool m_responses = false;
    std::chrono::sys_days m_day{};
    double m_y = 1.0; ///< where the next block starts on the current page
};

Box Builder::place(const std::string &text)
{
    const double height = std::min(0.8, 0.02 * double(text.size() / 90 + 1));
    if (m_y + height > 0.92) {
        m_doc.pages.push_back(Page{int(m_doc.pages.size()) + 1, {}});
        m_y = 0.08;
    }
    Box b{int(m_doc.pages.size()), 0.08, m_y, 0.92, m_y + height};
    m_y += height + 0.01;
    std::string &page = m_doc.pages.back().text;
    if (!page.empty()) {
        page += '\n';
    }
    page += text;
    return b;
}

std::string Builder::code(int sectionIndex, int numberInSection, int ordinal) const
{
    switch (m_numbering) {
    case Numbering::Plain:
        return std::to_string(ordinal);
    case Numbering::SectionPrefix: {
        const std::string &section = m_doc.sections[std::size_t(sectionIndex)];
        for (const Country &c : kCountries) {
            if (section == c.name) {
                return c.prefix + std::to_string(numberInSection);
            }
        }
        return std::to_string(numberInSection); // global recommendations are plain numbers
    }
    case Numbering::Hierarchical:
        return std::to_string(sectionIndex + 1) + '.' + std::to_string((numberInSection + 2) / 3) +
               char('a' + (numberInSection + 2) % 3);
    }
    return std::to_string(ordinal);
}

void Builder::addRecommendation(int ordinal, int sectionIndex, int numberInSection)
{
    Recommendation &r = m_doc.recommendations.emplace_back();
    r.code = code(sectionIndex, numberInSection, ordinal);
    r.section = m_doc.sections[std::size_t(sectionIndex)];
    std::string body = sentences(30, 110);
    if (chance(m_rng, 0.6)) {
        std::string title;
        m_text.appendPhrase(m_rng, between(m_rng, 3, 8), title);
        r.text = title + ": " + body;
        r.title = std::move(title);
    } else {
        r.text = std::move(body);
    }
    const bool report = m_doc.kind == "evaluation_report";
    if (report || chance(m_rng, 0.4)) {
        std::string to = "[";
        for (int i = 0, n = between(m_rng, 1, 3); i < n; ++i) {
            to += (i ? ",\"" : "\"") + std::string(pick(m_rng, kUnits)) + '"';
        }
        r.addressedTo = to + ']';
        r.priority = pick(m_rng, kLevels);
        r.resourceImplications = pick(m_rng, kLevels);
        r.timing = pick(m_rng, kTimeFrames);
    }
    r.box = place(r.code + ' ' + r.text);
    r.textBox = r.box;
    r.textBox.x0 = 0.3;
    if (m_responses) {
        int roll = between(m_rng, 1, 100);
        for (const Category &c : kCategories) {
            if ((roll -= c.weight) <= 0) {
                r.responseCategory = c.key;
                r.responseText = std::string(c.lead) + ' ' + sentences(8, 40);
                break;
            }
        }
        if (!r.responseCategory) {
            r.responseText = sentences(8, 30); // a response whose wording names no category
        }
        r.responseBox = place(*r.responseText);
        for (int i = 0, n = between(m_rng, 1, 4); i < n; ++i) {
            Action &a = r.actions.emplace_back();
            a.code = chance(m_rng, 0.8) ? Opt(std::to_string(i + 1)) : std::nullopt;
            a.text = sentences(15, 50);
            if (chance(m_rng, 0.8)) {
                a.timeFrame = pick(m_rng, kTimeFrames);
                a.responsible = pick(m_rng, kUnits);
            }
            if (m_doc.kind == "progress_report") {
                a.status = chance(m_rng, 0.5) ? "Ongoing" : "Completed";
            }
            a.box = place((a.code ? *a.code + ' ' : std::string()) + a.text);
        }
    }
    if (m_doc.kind == "management_response") {
        for (const std::string &donor : m_doc.donors) {
            if (chance(m_rng, 0.35)) {
                DonorComment &c = r.donorComments.emplace_back();
                c.donor = donor;
                c.text = donor + " would like to " + sentences(12, 40);
                c.box = place(c.text);
            }
        }
    }
    if (chance(m_rng, 0.6)) {
        addFollowUp(r);
    }
}

void Builder::addFollowUp(Recommendation &r)
{
    FollowUp f;
    const int steps = between(m_rng, 0, 4);
    const std::string owner = pick(m_rng, kOwners);
    std::chrono::sys_days day = m_day + std::chrono::days(between(m_rng, 1, 60));
    std::string status = kStatuses[0];
    for (int i = 0; i < steps; ++i) {
        const std::string next = i == steps - 1 && chance(m_rng, 0.1) ? kStatuses[4] : kStatuses[std::min(i + 1, 3)];
        f.history.push_back({isoTime(day, between(m_rng, 0, 1439)), owner, "status", status, next});
        status = next;
        day += std::chrono::days(between(m_rng, 5, 120));
    }
    f.status = status;
    f.owner = chance(m_rng, 0.8) ? owner : std::string();
    if (chance(m_rng, 0.7)) {
        f.dueDate = isoDate(m_day + std::chrono::days(between(m_rng, 90, 900)));
        f.dueDerived = r.timing.has_value() && chance(m_rng, 0.5);
        f.history.insert(f.history.begin(), {isoTime(m_day, 600), owner, "due_date", std::nullopt, f.dueDate});
    }
    if (chance(m_rng, 0.3)) {
        f.note = sentences(6, 25);
    }
    f.updatedAt = f.history.empty() ? isoTime(m_day, 540) : f.history.back().changedAt;
    f.updatedBy = owner;
    for (int i = 0, n = between(m_rng, 0, 2); i < n; ++i) {
        const std::string tag = pick(m_rng, kTags);
        if (std::find(f.tags.begin(), f.tags.end(), tag) == f.tags.end()) {
            f.tags.push_back(tag);
        }
    }
    if (chance(m_rng, 0.15)) {
        f.notes.push_back(sentences(10, 40));
    }
    r.followUp = std::move(f);
}

void Builder::build(std::uint64_t seed, int index, int recommendations)
{
    const int kindRoll = between(m_rng, 1, 100);
    m_doc.kind = kindRoll <= 55   ? "management_response"
                 : kindRoll <= 80 ? "evaluation_report"
                 : kindRoll <= 90 ? "final_report"
                                  : "progress_report";
    m_responses = m_doc.kind != "evaluation_report";
    m_numbering = Numbering(index % 3); // every style in any library of three documents or more
    m_day = std::chrono::sys_days(std::chrono::year(2016) / 1 / 1) + std::chrono::days(index % 3000);

    std::string programme;
    m_text.appendPhrase(m_rng, between(m_rng, 3, 6), programme, true);
    static constexpr std::array kTitles{"Mid-term evaluation – ILO Management Response", "Final independent evaluation",
                                        "Final narrative report", "Progress report", "Cluster evaluation"};
    const std::size_t kindIndex = m_doc.kind == "management_response" ? 0
                                  : m_doc.kind == "evaluation_report" ? (chance(m_rng, 0.8) ? 1 : 4)
                                  : m_doc.kind == "final_report"      ? 2
                                                                      : 3;
    m_doc.title = programme + ": " + kTitles[kindIndex];
    char project[32];
    std::snprintf(project, sizeof project, "%s/%02d/%02d/%s", pick(m_rng, std::array{"GLO", "RAS", "RAF", "RLA"}),
                  between(m_rng, 10, 24), between(m_rng, 1, 60), pick(m_rng, std::array{"NOR", "SWI", "USA", "KOR"}));
    m_doc.programme = project;
    m_doc.sourceFormat = chance(m_rng, 0.8) ? "pdf" : "docx";
    std::string slug;
    for (const char c : programme) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            slug += char(c | 0x20);
        } else if (!slug.empty() && slug.back() != '-') {
            slug += '-';
        }
    }
    m_doc.fileName = "synth-" + std::to_string(index + 1) + '-' + slug + '.' + m_doc.sourceFormat;
    const std::string identity = "evalreview-synth:" + std::to_string(seed) + ':' + std::to_string(index);
    m_doc.sha256 = QCryptographicHash::hash(QByteArrayView(identity.data(), qsizetype(identity.size())),
                                            QCryptographicHash::Sha256)
                       .toHex()
                       .toStdString();
    m_doc.importedAt = isoTime(m_day, between(m_rng, 420, 1140));
    for (int i = 0, n = between(m_rng, 1, 3); i < n; ++i) {
        const std::string donor = pick(m_rng, kDonors);
        if (std::find(m_doc.donors.begin(), m_doc.donors.end(), donor) == m_doc.donors.end()) {
            m_doc.donors.push_back(donor);
        }
    }
    if (m_doc.kind == "evaluation_report") {
        for (int i = 0, n = between(m_rng, 3, 6); i < n; ++i) {
            m_doc.sections.push_back(kThemes[(std::size_t(index) + std::size_t(i)) % kThemes.size()]);
        }
    } else {
        m_doc.sections.push_back("Global");
        const std::size_t first = m_rng() % kCountries.size();
        for (int i = 0, n = between(m_rng, 1, 3); i < n; ++i) {
            m_doc.sections.push_back(kCountries[(first + std::size_t(i)) % kCountries.size()].name);
        }
    }

    // Opening pages: title and background, as the documents begin.
    m_doc.pages.push_back(Page{1, m_doc.title + ". " + sentences(150, 300)});
    m_doc.pages.push_back(Page{2, sentences(250, 400)});
    m_y = 1.0;
    std::vector<int> perSection(m_doc.sections.size(), 0);
    for (int i = 0; i < recommendations; ++i) {
        const int section = int(std::size_t(i) * m_doc.sections.size() / std::size_t(recommendations));
        addRecommendation(i + 1, section, ++perSection[std::size_t(section)]);
    }
    if (m_doc.kind == "evaluation_report") {
        for (int i = 0, n = between(m_rng, 2, 6); i < n; ++i) {
            m_doc.records.push_back({"lessons_learned", sentences(20, 60)});
        }
        for (int i = 0, n = between(m_rng, 1, 4); i < n; ++i) {
            m_doc.records.push_back({"good_practices", sentences(20, 60)});
        }
    }
    if (m_doc.kind == "management_response" && m_doc.recommendations.size() > 4 && chance(m_rng, 0.3)) {
        const auto &recs = m_doc.recommendations;
        m_doc.crossReferences.emplace_back(recs.back().code, recs.front().code);
    }
}

} // namespace

Document makeDocument(const SyntheticText &text, std::mt19937_64 &rng, std::uint64_t seed, int index,
                      int recommendations)
{
    Document doc;
    Builder(text, rng, doc).build(seed, index, recommendations);
    return doc;
}

} // namespace evalreview::synth
