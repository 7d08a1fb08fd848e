#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace evalreview {

class SyntheticText;

/// One synthetic document held in memory, in the shape the importer stores: every optional
/// field is std::nullopt where an extraction would give null. Strings are UTF-8.
namespace synth {

using Opt = std::optional<std::string>;

struct Box
{
    int page = 1;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct Action
{
    Opt code;
    std::string text;
    Opt timeFrame;
    Opt responsible;
    Opt status;
    Box box;
};

struct DonorComment
{
    std::string donor;
    std::string text;
    Box box;
};

struct HistoryEntry
{
    std::string changedAt;
    std::string author;
    std::string field;
    Opt oldValue;
    Opt newValue;
};

/// Reviewer data for one recommendation (the followups table and its history, tags and notes).
struct FollowUp
{
    std::string status;
    std::string owner;
    Opt dueDate;
    bool dueDerived = false;
    std::string note;
    std::string updatedAt;
    std::string updatedBy;
    std::vector<HistoryEntry> history;
    std::vector<std::string> tags;
    std::vector<std::string> notes;
};

struct Recommendation
{
    std::string code;
    Opt section;
    Opt title;
    std::string text;
    Opt addressedTo; ///< a JSON array
    Opt priority;
    Opt resourceImplications;
    Opt timing;
    Opt responseCategory;
    Opt responseText;
    Box box;         ///< the whole record
    Box textBox;     ///< sources.text
    Box responseBox; ///< sources.response_text
    std::vector<Action> actions;
    std::vector<DonorComment> donorComments;
    std::optional<FollowUp> followUp;
};

struct Record
{
    std::string type; ///< lessons_learned, good_practices
    std::string text;
};

struct Page
{
    int number = 1;
    std::string text;
};

struct Document
{
    std::string fileName;
    std::string sha256;
    std::string kind;
    std::string title;
    std::string programme;
    std::string sourceFormat;
    std::string importedAt;
    std::vector<std::string> donors;
    std::vector<std::string> sections;
    std::vector<Page> pages;
    std::vector<Recommendation> recommendations;
    std::vector<Record> records;
    std::vector<std::pair<std::string, std::string>> crossReferences;

    std::string metadataJson() const;
    std::string extractionJson() const;
};

/// Builds document `index` of a library with `recommendations` recommendations in it.
Document makeDocument(const SyntheticText &text, std::mt19937_64 &rng, std::uint64_t seed, int index,
                      int recommendations);

} // namespace synth
} // namespace evalreview
