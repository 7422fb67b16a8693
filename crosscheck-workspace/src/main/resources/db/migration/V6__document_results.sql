-- What the analysis found in each document on its own (sentences, names, quotes found, cleaning), kept as each document
-- is done, so a run that is killed resumes without analysing again the documents it had finished, and a later run that
-- adds sources does not analyse the others again. A row holds for one document's bytes (sha256) under one analysis (a
-- digest of the tool's build and the settings that change a document's results); input is a digest of the document as
-- analysed (its id, text and the facts set on it), checked when the row is read. Rows are independent of the documents
-- table: a run writes them before it commits its new documents.
CREATE TABLE document_results (
    sha256   TEXT NOT NULL,
    analysis TEXT NOT NULL,
    input    TEXT NOT NULL,
    data     BLOB NOT NULL,
    PRIMARY KEY (sha256, analysis)
);
