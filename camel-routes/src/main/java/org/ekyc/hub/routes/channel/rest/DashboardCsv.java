package org.ekyc.hub.routes.channel.rest;

import java.util.List;
import java.util.Map;
import org.ekyc.hub.verification.api.operations.DashboardFigures;

/**
 * The dashboard's figures as CSV, one figure a row: {@code section,group,metric,value} (RFC 4180; the
 * console's contract). Sections: {@code cases} (no group), {@code rates}, {@code processingSeconds} (group
 * {@code endToEnd} or the step), {@code funnel} (group: the step), {@code topReasons} (group: the code),
 * {@code byNationality}, {@code byAgeBand}, {@code byChannel}, {@code byProduct}. Every value is the JSON's.
 * A cell that a spreadsheet would take for a formula is prefixed with {@code '} (CSV injection).
 */
final class DashboardCsv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";

    private DashboardCsv() {
    }

    static String of(DashboardFigures d) {
        StringBuilder s = new StringBuilder("section,group,metric,value\r\n");
        DashboardFigures.Cases c = d.cases();
        row(s, "period", "", "from", d.from());
        row(s, "period", "", "to", d.to());
        row(s, "cases", "", "total", c.total());
        row(s, "cases", "", "approved", c.approved());
        row(s, "cases", "", "rejected", c.rejected());
        row(s, "cases", "", "review", c.review());
        row(s, "cases", "", "open", c.open());
        row(s, "rates", "", "passRate", d.passRate());
        row(s, "rates", "", "automaticShare", d.automaticShare());
        row(s, "rates", "", "manualShare", d.manualShare());
        percentiles(s, "endToEnd", d.processingSeconds().endToEnd());
        for (Map.Entry<String, DashboardFigures.Percentiles> e : d.processingSeconds().steps().entrySet()) {
            percentiles(s, e.getKey(), e.getValue());
        }
        for (DashboardFigures.FunnelStep f : d.funnel()) {
            row(s, "funnel", f.step(), "shown", f.shown());
            row(s, "funnel", f.step(), "exited", f.exited());
            row(s, "funnel", f.step(), "resumed", f.resumed());
            row(s, "funnel", f.step(), "failed", f.failed());
        }
        for (DashboardFigures.ReasonCount r : d.topReasons()) {
            row(s, "topReasons", r.code(), "count", r.count());
        }
        groups(s, "byNationality", d.byNationality());
        groups(s, "byAgeBand", d.byAgeBand());
        groups(s, "byChannel", d.byChannel());
        groups(s, "byProduct", d.byProduct());
        return s.toString();
    }

    private static void percentiles(StringBuilder s, String group, DashboardFigures.Percentiles p) {
        row(s, "processingSeconds", group, "count", p.count());
        row(s, "processingSeconds", group, "p50", p.p50());
        row(s, "processingSeconds", group, "p90", p.p90());
        row(s, "processingSeconds", group, "p95", p.p95());
    }

    private static void groups(StringBuilder s, String section, List<DashboardFigures.Group> groups) {
        for (DashboardFigures.Group g : groups) {
            row(s, section, g.group(), "count", g.count());
            row(s, section, g.group(), "rejected", g.rejected());
            row(s, section, g.group(), "review", g.review());
            row(s, section, g.group(), "failureRate", g.failureRate());
        }
    }

    private static void row(StringBuilder s, String section, String group, String metric, Object value) {
        s.append(cell(section)).append(',').append(cell(group)).append(',').append(cell(metric)).append(',')
                .append(cell(String.valueOf(value))).append("\r\n");
    }

    /** One cell: quoted when it holds a comma, quote or line break; a leading = + - @ (not a number) neutralised. */
    static String cell(String v) {
        String t = v == null ? "" : v;
        if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !t.matches("-?[0-9.E]+")) {
            t = "'" + t;
        }
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            t = "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }
}
