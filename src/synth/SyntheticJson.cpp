// The extraction JSON of a synthetic document, as `evalreview-cli extract` would give it and the
// importer stores it (compact, keys in the order QJsonObject writes them).
#include "SyntheticDocument.h"

#include <cstdio>

namespace evalreview::synth {

namespace {

class Json
{
public:
    std::string out;

    void string(const std::string &s)
    {
        out += '"';
        for (const char ch : s) {
            const unsigned char c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += ch;
            } else if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
        out += '"';
    }
    void key(const char *k)
    {
        if (out.back() != '{') {
            out += ',';
        }
        out += '"';
        out += k;
        out += "\":";
    }
    void field(const char *k, const std::string &v)
    {
        key(k);
        string(v);
    }
    void field(const char *k, const Opt &v)
    {
        key(k);
        if (v) {
            string(*v);
        } else {
            out += "null";
        }
    }
    void source(const char *k, const Box &b)
    {
        key(k);
        char buf[96];
        std::snprintf(buf, sizeof buf, "[{\"bbox\":[%.4g,%.4g,%.4g,%.4g],\"page\":%d}]", b.x0, b.y0, b.x1, b.y1,
                      b.page);
        out += buf;
    }
    void strings(const char *k, const std::vector<std::string> &list)
    {
        key(k);
        out += '[';
        for (std::size_t i = 0; i < list.size(); ++i) {
            if (i) {
                out += ',';
            }
            string(list[i]);
        }
        out += ']';
    }
};

void writeRecommendation(Json &j, const Recommendation &r)
{
    j.out += '{';
    j.key("actions");
    j.out += '[';
    for (std::size_t i = 0; i < r.actions.size(); ++i) {
        const Action &a = r.actions[i];
        j.out += i ? ",{" : "{";
        j.field("id", a.code);
        j.field("responsible", a.responsible);
        j.source("source", a.box);
        if (a.status) {
            j.field("status", a.status);
        }
        j.field("text", a.text);
        j.field("time_frame", a.timeFrame);
        j.out += '}';
    }
    j.out += ']';
    j.key("addressed_to");
    j.out += r.addressedTo ? *r.addressedTo : std::string("null");
    j.key("donor_comments");
    j.out += '[';
    for (std::size_t i = 0; i < r.donorComments.size(); ++i) {
        const DonorComment &c = r.donorComments[i];
        j.out += i ? ",{" : "{";
        j.field("donor", c.donor);
        j.source("source", c.box);
        j.field("text", c.text);
        j.out += '}';
    }
    j.out += ']';
    j.field("id", r.code);
    j.field("priority", r.priority);
    j.field("resource_implications", r.resourceImplications);
    j.field("response_category", r.responseCategory);
    j.field("response_text", r.responseText);
    j.field("section", r.section);
    j.source("source", r.box);
    j.key("sources");
    j.out += '{';
    if (r.responseText) {
        j.source("response_text", r.responseBox);
    }
    j.source("text", r.textBox);
    j.out += '}';
    j.field("text", r.text);
    j.field("timing", r.timing);
    j.field("title", r.title);
    j.out += '}';
}

} // namespace

std::string Document::metadataJson() const
{
    Json j;
    j.out += '{';
    j.field("project", programme);
    j.field("title", title);
    j.out += '}';
    return j.out;
}

std::string Document::extractionJson() const
{
    Json j;
    j.out += '{';
    j.key("cross_references");
    j.out += '[';
    for (std::size_t i = 0; i < crossReferences.size(); ++i) {
        j.out += i ? ",{" : "{";
        j.field("from", crossReferences[i].first);
        j.field("to", crossReferences[i].second);
        j.out += '}';
    }
    j.out += ']';
    j.strings("donors", donors);
    for (const char *type : {"good_practices", "lessons_learned"}) {
        std::vector<std::string> list;
        for (const Record &r : records) {
            if (r.type == type) {
                list.push_back(r.text);
            }
        }
        if (!list.empty()) {
            j.strings(type, list);
        }
    }
    j.field("kind", kind);
    j.field("project", programme);
    j.key("recommendations");
    j.out += '[';
    for (std::size_t i = 0; i < recommendations.size(); ++i) {
        if (i) {
            j.out += ',';
        }
        writeRecommendation(j, recommendations[i]);
    }
    j.out += ']';
    j.strings("sections", sections);
    j.field("title", title);
    j.out += '}';
    return j.out;
}

} // namespace evalreview::synth
