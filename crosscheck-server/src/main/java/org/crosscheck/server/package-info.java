/**
 * {@code crosscheck serve}: a local web application over one workspace. Pages show the views of
 * {@link org.crosscheck.report.html.ReportViews}; {@code /api/} serves the same data as JSON in
 * the report contract's shape; uploads are analysed into the same workspace by
 * {@link org.crosscheck.app.WorkspaceAnalyzer}. Readers never wait for an analysis: they read an
 * immutable snapshot of the last report, which an analysis replaces when it is done.
 */
@NullMarked
package org.crosscheck.server;

import org.jspecify.annotations.NullMarked;
