#include "ClassifierCues.h"

#include "Model.h"

namespace evalreview::extract {

namespace {

Cue cue(const QString &kind, const char *pattern, int weight, int maxHits = 1, bool openingOnly = false)
{
    return {kind, QRegularExpression(QString::fromUtf8(pattern)), weight, maxHits, openingOnly};
}

QList<Cue> kindCues()
{
    using namespace kinds;
    return {
        // management responses: the title and the recommendation / response / action table
        cue(ManagementResponse,
            "management response|r[ée]ponse de la direction|respuesta de la (administraci[óo]n|"
            "direcci[óo]n|gerencia)",
            4, 1, true),
        cue(ManagementResponse,
            "management response|r[ée]ponse de la direction|respuesta de la (administraci[óo]n|direcci[óo]n|gerencia)",
            1, 3),
        cue(ManagementResponse,
            "\\brecommendations?\\b[^\\n]{0,80}\\b(management )?response\\b[^\\n]{0,80}\\bactions?\\b|"
            "\\brecommandations?\\b[^\\n]{0,80}\\br[ée]ponse\\b[^\\n]{0,80}\\b(actions?|mesures?)\\b|"
            "\\brecomendaci(ó|o)n(es)?\\b[^\\n]{0,80}\\brespuesta\\b[^\\n]{0,80}\\bacci(ó|o)n(es)?\\b",
            3),
        cue(ManagementResponse, "\\b[a-z]{2,10} comments\\b|\\b(commentaires|comentarios) (de|du|del) [A-Z]", 1, 2),
        cue(ManagementResponse,
            "\\b(partially accepted|accepted with reservations|not accepted|partially agreed?|"
            "partiellement (accept[ée]e?|d.accord)|accept[ée]e avec r[ée]serves|pas d.accord|"
            "parcialmente (aceptada|de acuerdo)|en desacuerdo|aceptada con reservas|no aceptada)\\b",
            1, 3),
        // evaluation reports and their summaries
        cue(EvaluationReport, "\\b(final|mid-?term|midterm|interim|independent|ex-post) evaluation\\b", 3, 1, true),
        cue(EvaluationReport, "\\bexecutive summary\\b", 1, 1, true),
        cue(EvaluationReport, "\\blessons learn(ed|t)\\b", 2),
        cue(EvaluationReport, "\\b(emerging )?good practices?\\b", 1),
        cue(EvaluationReport, "\\((?:[^()]{0,80}, )?(high|medium|low), (short|medium|long)-term", 2, 2),
        // evaluation reports and briefs in French and Spanish, and their parts
        cue(EvaluationReport,
            "\\b([ée]valuation (finale|[àa] mi-parcours|ind[ée]pendante)|evaluaci[óo]n (final|de medio t[ée]rmino|"
            "intermedia|independiente))\\b|"
            "\\b(meta-?[ée]valuation|metaevaluaci[óo]n)\\b|\\b(evaluation|[ée]valuation|evaluaci[óo]n) (brief|summary|"
            "r[ée]sum[ée]e?|resumen)\\b|\\b(r[ée]sum[ée]|note|resumen) (d.|de (la )?)?([ée]valuation|evaluaci[óo]n)\\b",
            3, 1, true),
        cue(EvaluationReport, "\\ble[çc]ons (apprises|tir[ée]es)\\b|\\blecciones aprendidas\\b", 2),
        cue(EvaluationReport, "\\bbonnes pratiques\\b|\\bbuenas pr[áa]cticas\\b", 1),
        cue(EvaluationReport, "\\bkey (findings|recommendations)\\b|\\bprincipaux constats\\b|\\bhallazgos\\b", 1, 1,
            true),
        // the evaluation criteria, in three languages, counted once ("coherence" is also French folded)
        cue(EvaluationReport,
            "\\b(relevance|coherence|effectiveness|efficiency|sustainability|impact orientation|pertinence|"
            "efficacit[ée]|efficience|durabilit[ée]|pertinencia|coherencia|eficacia|eficiencia|sostenibilidad)\\b",
            1, 4),
        // progress reports on action plans (governing bodies, follow-up tables)
        cue(ProgressReport,
            "\\bimplementation of (the )?recommendations\\b|\\bmise en (œ|oe)uvre des recommandations\\b|"
            "\\b(aplicaci[óo]n|implementaci[óo]n|seguimiento) de (las )?recomendaciones\\b|"
            "\\bsuivi des recommandations\\b|\\bfollow-up (report|to (the )?recommendations)\\b",
            8, 1, true),
        cue(ProgressReport,
            "\\b(status of|progress (in|on)) implementation\\b|"
            "[ée]tat (d.avancement|de (la )?mise en (œ|oe)uvre)|\\bestado de (la "
            ")?(aplicaci[óo]n|implementaci[óo]n)\\b",
            6, 1, true),
        cue(ProgressReport, "\\bprogress report\\b", 3, 1, true),
        cue(ProgressReport, "\\bgoverning body\\b", 1, 2),
        // the fields and states of a recommendation's follow-up
        cue(ProgressReport,
            "\\b(revised )?(target|due) dates?\\b|\\bfecha (l[ií]mite|prevista)\\b|\\bdate (cible|pr[ée]vue)\\b", 1, 3),
        cue(ProgressReport,
            "\\b(under implementation|closure requested|not implemented|partially implemented|fully implemented|"
            "en cours de mise en (œ|oe)uvre|mise en (œ|oe)uvre partielle|en (proceso de )?implementaci[óo]n|"
            "no implementad[ao])\\b",
            1, 3),
        // follow-up of audit recommendations
        cue(ProgressReport,
            "\\b(board of auditors|external auditors?|audit recommendations|commissaires aux comptes|"
            "junta de auditores|auditores externos)\\b",
            2),
        cue(ProgressReport, "\\bdraft decision\\b", 2),
        cue(ProgressReport, "\\bfollow-up item\\b", 2),
        cue(ProgressReport, "\\bplanned deliverables\\b", 2),
        cue(ProgressReport, "\\bindicators of achievement\\b", 1),
        cue(ProgressReport, "\\bprogress as of\\b", 1),
        // newsletters
        cue(Newsletter, "\\b(newsletter|bulletin|lettre d'information|bolet[íi]n)\\b", 8, 1, true),
        cue(Newsletter, "\\bupcoming (events|activities)\\b", 2),
        cue(Newsletter, "\\b(find out more|for further information|read more)\\b", 1, 2),
        // final (narrative) reports of joint programmes
        cue(FinalReport, "\\bfinal [a-z -]{0,30}(narrative )?report\\b", 3, 1, true),
        cue(FinalReport, "\\bjoint programme\\b", 1, 3),
        cue(FinalReport, "\\bparticipating (un )?organi[sz]ations?\\b", 2),
        cue(FinalReport, "\\bfinancial status\\b", 2),
        cue(FinalReport, "\\btotal (approved )?budget\\b", 1),
        cue(FinalReport, "\\bprogramme (number|title|cost)\\b", 1, 2),
    };
}

} // namespace

const QList<Genre> &otherGenres()
{
    auto genre = [](const char *name, const char *label, const char *pattern) {
        return Genre{QString::fromLatin1(name), QString::fromLatin1(label),
                     QRegularExpression(QString::fromUtf8(pattern))};
    };
    static const QList<Genre> list = {
        genre("terms_of_reference", "terms of reference",
              "\\bterms of reference\\b|\\btermes de r[ée]f[ée]rence\\b|\\bt[ée]rminos de referencia\\b|"
              "\\b(call for (applications|proposals|consultants?)|appel [àa] (candidatures|propositions)|"
              "convocatoria)\\b"),
        genre("inception_report", "an inception report",
              "\\binception report\\b|\\brapport (initial|de d[ée]marrage)\\b|\\binforme (inicial|de inicio)\\b"),
        genre("case_study", "a case study", "\\bcase stud(y|ies)\\b|[ée]tudes? de cas\\b|\\bestudios? de casos?\\b"),
    };
    return list;
}

const QList<Cue> &cues()
{
    using namespace kinds;
    static const QList<Cue> list = [] {
        QList<Cue> all = kindCues();
        // A genre named on the cover outweighs the evaluation vocabulary such documents share.
        for (const Genre &g : otherGenres()) {
            all.append({Other, g.pattern, 12, 1, true, true});
        }
        return all;
    }();
    return list;
}

} // namespace evalreview::extract
