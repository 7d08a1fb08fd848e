#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace evalreview {

/// Word sequences with the vocabulary, word frequencies and word order of the bundled documents
/// (a first-order chain over resources/synth/text-model.txt, built by scripts/make-synth-model).
/// Output is UTF-8 and depends only on the random generator's state.
class SyntheticText
{
public:
    /// Loads the model bundled with the program (a Qt resource). Throws std::runtime_error if missing.
    SyntheticText();
    /// Parses a model in the text-model.txt format.
    explicit SyntheticText(std::string_view model);

    /// Appends sentences totalling about `words` words (at least one sentence) to `out`.
    void appendSentences(std::mt19937_64 &rng, int words, std::string &out) const;
    /// Appends a phrase of `words` words without sentence punctuation, e.g. for titles.
    void appendPhrase(std::mt19937_64 &rng, int words, std::string &out, bool titleCase = false) const;
    /// A word picked by its frequency in the source documents (letters only, at least 4 long).
    std::string_view contentWord(std::mt19937_64 &rng) const;

    std::size_t vocabularySize() const { return m_words.size(); }

private:
    void parse(std::string_view model);
    std::uint32_t next(std::mt19937_64 &rng, std::uint32_t word) const;
    std::uint32_t rareWord(std::mt19937_64 &rng) const;
    bool isPunctuation(std::uint32_t word) const { return m_punctuation[word]; }

    std::vector<std::string> m_words;
    std::vector<bool> m_punctuation;
    // Successors of word i: m_successors[m_offsets[i] .. m_offsets[i + 1]), repeated by count.
    std::vector<std::uint32_t> m_offsets;
    std::vector<std::uint32_t> m_successors;
    std::vector<std::uint32_t> m_contentWords; ///< repeated by frequency
    std::vector<std::uint32_t> m_letterWords;  ///< every word of letters once (the long tail)
    std::uint32_t m_sentenceEnd = 0;
};

} // namespace evalreview
