#include "SyntheticText.h"

#include <QFile>

#include <charconv>
#include <stdexcept>

namespace evalreview {

namespace {

// One word in this many is drawn from the whole vocabulary instead of the chain, so the rare
// words of the source documents appear across the library and not only next to their neighbours.
constexpr unsigned kRareEvery = 40;

std::string_view nextField(std::string_view &line)
{
    const std::size_t start = line.find_first_not_of(' ');
    if (start == std::string_view::npos) {
        line = {};
        return {};
    }
    line.remove_prefix(start);
    const std::size_t end = line.find(' ');
    const std::string_view field = line.substr(0, end);
    line.remove_prefix(end == std::string_view::npos ? line.size() : end);
    return field;
}

std::uint32_t toNumber(std::string_view s)
{
    std::uint32_t v = 0;
    const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc()) {
        throw std::runtime_error("synthetic text model: bad number");
    }
    return v;
}

bool startsWithLetter(std::string_view w)
{
    const unsigned char c = static_cast<unsigned char>(w.front());
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool allLetters(std::string_view w)
{
    for (const char ch : w) {
        const unsigned char c = static_cast<unsigned char>(ch);
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80)) {
            return false;
        }
    }
    return true;
}

void appendCapitalised(std::string_view w, std::string &out)
{
    const std::size_t at = out.size();
    out += w;
    if (out[at] >= 'a' && out[at] <= 'z') {
        out[at] = char(out[at] - 'a' + 'A');
    }
}

} // namespace

SyntheticText::SyntheticText()
{
    QFile f(QStringLiteral(":/synth/text-model.txt"));
    if (!f.open(QIODevice::ReadOnly)) {
        throw std::runtime_error("the synthetic text model is missing from the program's resources");
    }
    const QByteArray data = f.readAll();
    parse(std::string_view(data.constData(), std::size_t(data.size())));
}

SyntheticText::SyntheticText(std::string_view model)
{
    parse(model);
}

void SyntheticText::parse(std::string_view model)
{
    struct Pending
    {
        std::uint32_t word, count;
    };
    std::vector<std::vector<Pending>> successors;
    std::vector<std::uint32_t> counts;
    while (!model.empty()) {
        const std::size_t eol = model.find('\n');
        std::string_view line = model.substr(0, eol);
        model.remove_prefix(eol == std::string_view::npos ? model.size() : eol + 1);
        if (line.empty() || line.front() == '#' || nextField(line) != "W") {
            continue;
        }
        const std::string_view word = nextField(line);
        counts.push_back(toNumber(nextField(line)));
        m_words.emplace_back(word);
        m_punctuation.push_back(word == "." || word == "," || word == ";");
        if (word == ".") {
            m_sentenceEnd = std::uint32_t(m_words.size() - 1);
        }
        auto &list = successors.emplace_back();
        for (std::string_view f = nextField(line); !f.empty(); f = nextField(line)) {
            const std::size_t colon = f.find(':');
            list.push_back({toNumber(f.substr(0, colon)), toNumber(f.substr(colon + 1))});
        }
    }
    if (m_words.size() < 2 || m_words[m_sentenceEnd] != ".") {
        throw std::runtime_error("synthetic text model: no words or no sentence end");
    }
    m_offsets.reserve(m_words.size() + 1);
    for (std::size_t i = 0; i < m_words.size(); ++i) {
        m_offsets.push_back(std::uint32_t(m_successors.size()));
        for (const Pending &p : successors[i]) {
            if (p.word < m_words.size()) {
                m_successors.insert(m_successors.end(), p.count, p.word);
            }
        }
        if (m_offsets.back() == m_successors.size()) {
            m_successors.push_back(m_sentenceEnd); // a dead end closes the sentence
        }
        const std::string_view w = m_words[i];
        if (allLetters(w)) {
            m_letterWords.push_back(std::uint32_t(i));
            if (w.size() >= 4) {
                m_contentWords.insert(m_contentWords.end(), counts[i], std::uint32_t(i));
            }
        }
    }
    m_offsets.push_back(std::uint32_t(m_successors.size()));
    if (m_contentWords.empty()) {
        throw std::runtime_error("synthetic text model: no content words");
    }
}

std::uint32_t SyntheticText::next(std::mt19937_64 &rng, std::uint32_t word) const
{
    const std::uint32_t begin = m_offsets[word];
    const std::uint32_t n = m_offsets[word + 1] - begin;
    return m_successors[begin + std::uint32_t(rng() % n)];
}

std::uint32_t SyntheticText::rareWord(std::mt19937_64 &rng) const
{
    return m_letterWords[rng() % m_letterWords.size()];
}

std::string_view SyntheticText::contentWord(std::mt19937_64 &rng) const
{
    return m_words[m_contentWords[rng() % m_contentWords.size()]];
}

void SyntheticText::appendSentences(std::mt19937_64 &rng, int words, std::string &out) const
{
    int written = 0;
    while (written < words || written == 0) {
        if (!out.empty() && out.back() != ' ') {
            out += ' ';
        }
        // A sentence starts where the source documents start one, with a word.
        std::uint32_t w = next(rng, m_sentenceEnd);
        for (int guard = 0; isPunctuation(w) && guard < 8; ++guard) {
            w = next(rng, w);
        }
        if (isPunctuation(w)) {
            w = rareWord(rng);
        }
        appendCapitalised(m_words[w], out);
        int inSentence = 1;
        const int cap = std::max(8, words - written + 6);
        while (true) {
            std::uint32_t n = rng() % kRareEvery == 0 ? rareWord(rng) : next(rng, w);
            if (n == m_sentenceEnd && inSentence < 4) {
                n = rareWord(rng); // too short to end
            }
            if (n == m_sentenceEnd || inSentence >= cap) {
                if (isPunctuation(w)) {
                    out.pop_back(); // "word, ." -> "word."
                }
                out += '.';
                break;
            }
            if (isPunctuation(n) && isPunctuation(w)) {
                n = rareWord(rng); // no ", ;"
            }
            if (isPunctuation(n)) {
                out += m_words[n];
            } else {
                out += ' ';
                out += m_words[n];
                ++inSentence;
            }
            w = n;
        }
        written += inSentence;
    }
}

void SyntheticText::appendPhrase(std::mt19937_64 &rng, int words, std::string &out, bool titleCase) const
{
    std::uint32_t w = m_contentWords[rng() % m_contentWords.size()];
    for (int i = 0; i < words; ++i) {
        if (i > 0) {
            out += ' ';
        }
        if (titleCase || i == 0) {
            appendCapitalised(m_words[w], out);
        } else {
            out += m_words[w];
        }
        std::uint32_t n = next(rng, w);
        for (int guard = 0; (isPunctuation(n) || !startsWithLetter(m_words[n])) && guard < 8; ++guard) {
            n = next(rng, n);
        }
        w = isPunctuation(n) || !startsWithLetter(m_words[n]) ? m_contentWords[rng() % m_contentWords.size()] : n;
    }
}

} // namespace evalreview
