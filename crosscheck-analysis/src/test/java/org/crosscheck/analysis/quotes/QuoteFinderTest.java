package org.crosscheck.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.analysis.Docs;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;

/** Quotes are rendered as "kind [speaker] text" so each case reads like what it pins. */
class QuoteFinderTest {
    private static List<String> quotes(String text) {
        return Docs.analyze(LocalDate.of(2025, 3, 12), "d", text).get(SpeakerLinker.QUOTES).stream()
                .map(QuoteFinderTest::render).toList();
    }

    private static String render(Quote q) {
        return q.kind().label() + " [" + q.speaker().name() + "] " + q.span().text();
    }

    @Test
    void nameThenCue() {
        assertThat(quotes("Ana Duarte said: \"The bridge will reopen in May.\"\n"))
                .containsExactly("direct [Ana Duarte] The bridge will reopen in May.");
    }

    @Test
    void quoteThenInvertedCue() {
        assertThat(quotes("\"We will rebuild it,\" said Ana Duarte, the mayor of Porto Vell.\n"))
                .containsExactly("direct [Ana Duarte] We will rebuild it,");
    }

    @Test
    void quoteSplitAroundTheCueHasOneSpeaker() {
        assertThat(quotes("Mayor Ana Duarte visited the site.\n“We heard a bang,” she said, “and then it fell.”\n"))
                .containsExactly("direct [Ana Duarte] We heard a bang,", "direct [Ana Duarte] and then it fell.");
    }

    @Test
    void theListenerOfToldIsNotTheSpeaker() {
        assertThat(quotes("\"Nobody came to look,\" Anna Berg told reporters on Tuesday.\n"))
                .containsExactly("direct [Anna Berg] Nobody came to look,");
    }

    @Test
    void aPronounTakesTheNearestPersonOfItsGender() {
        assertThat(quotes("Tomas Ekdahl and Ana Duarte were on the quay.\nShe said the bridge had \"simply folded\" in seconds.\n"))
                .contains("partial [Ana Duarte] simply folded");
    }

    @Test
    void anOrganisationOrDocumentCanSpeak() {
        assertThat(quotes("The Harbour Safety Board published its findings.\n"
                + "\"Corrosion was the main cause,\" the board said.\n"))
                .containsExactly("direct [Harbour Safety Board] Corrosion was the main cause,");
    }

    @Test
    void aScareQuoteIsATermNotSpeech() {
        assertThat(quotes("The so-called \"routine inspection\" took less than an hour.\n"))
                .containsExactly("term [null] routine inspection");
    }

    @Test
    void noCueMeansNoSpeaker() {
        assertThat(quotes("A banner with \"Fix our bridge before it falls into the sea\" hung over the road in large letters.\n"))
                .allMatch(q -> q.contains("[null]"));
    }

    @Test
    void reportedSpeechWithoutQuotationMarks() {
        assertThat(quotes("Ana Duarte said on Tuesday that the city would pay for the repairs.\n"))
                .containsExactly("indirect [Ana Duarte] the city would pay for the repairs");
    }

    @Test
    void accordingTo() {
        assertThat(quotes("According to the Harbour Safety Board, the cables had corroded for years.\n"))
                .containsExactly("indirect [Harbour Safety Board] the cables had corroded for years");
    }

    @Test
    void aClosingMarkWhoseOpeningWasLostStillEndsAQuote() {
        assertThat(quotes("The repairs will take a year and cost more than planned,\" the mayor's office said.\n"))
                .containsExactly("direct [the mayor's office] The repairs will take a year and cost more than planned,");
    }

    @Test
    void aNameSetOffByCommasBeforeTheVerbSpeaks() {
        assertThat(quotes("The city's mayor, Ana Duarte, said the council remained \"firmly opposed\" to the plan.\n"))
                .contains("partial [Ana Duarte] firmly opposed");
    }

    @Test
    void aRoleAfterTheNameIsSkipped() {
        assertThat(quotes("Anna Berg, a founder of the harbour residents' group, said the report shows \"years of neglect.\"\n"))
                .contains("partial [Anna Berg] years of neglect.");
    }

    @Test
    void aParticiplesSpeakerIsTheSubject() {
        assertThat(quotes("Ana Duarte hinted that the vote might slip, saying the talks were \"difficult\" and long.\n"))
                .contains("partial [Ana Duarte] difficult");
    }

    @Test
    void theSubjectOfAReportedClauseIsNotTheSpeaker() {
        assertThat(quotes("The ferry operator said Lindqvist remained \"very worried\" about the cables.\n"))
                .noneMatch(q -> q.contains("[Lindqvist]"));
    }

    @Test
    void aTranscriptLabelNamesTheSpeaker() {
        assertThat(quotes("Tomas Ekdahl spoke to the radio host on Monday.\n\"EKDAHL: The deck folded in seconds.\"\n"))
                .anyMatch(q -> q.startsWith("direct [Tomas Ekdahl]") || q.startsWith("direct [EKDAHL]"));
    }

    @Test
    void anInterviewTranscriptWithoutQuotationMarks() {
        assertThat(quotes("Tomas Ekdahl spoke to the radio host on Monday.\nHOST: What did you see on the quay?\n"
                + "EKDAHL: The deck folded in seconds and we ran to the boats.\n"))
                .anyMatch(q -> q.equals("direct [Tomas Ekdahl] The deck folded in seconds and we ran to the boats")
                        || q.equals("direct [EKDAHL] The deck folded in seconds and we ran to the boats"));
    }

    @Test
    void aQuotedFragmentDoesNotHideTheReportedSpeechAroundIt() {
        assertThat(quotes("City officials say the closure was ordered in the name of \"public safety\" and nothing else.\n"))
                .contains("indirect [City officials] the closure was ordered in the name of \"public safety\" and nothing else");
    }

    @Test
    void aQuotationSignedAfterADashIsTheSignersEvenAfterAnotherSignedOne() {
        assertThat(quotes("Readers wrote in after the bridge fell.\n\n“The city ignored every warning we sent.” ― Lena Holm\n\n"
                + "“I walk across it every day and it shook for months. Nobody listened.”― Piet Okafor.\u00a0\n\n"
                + "\"Rebuild it, but properly this time.\" — Mira Sandvik\n\n\"Close the harbour until it is safe.\"\n\n- Jon Arvid.\n"))
                .containsExactly("direct [Lena Holm] The city ignored every warning we sent.",
                        "direct [Piet Okafor] I walk across it every day and it shook for months. Nobody listened.",
                        "direct [Mira Sandvik] Rebuild it, but properly this time.",
                        "direct [Jon Arvid] Close the harbour until it is safe.");
    }

    @Test
    void aPartyAndStateInParenthesesDoNotHideTheSpeaker() {
        assertThat(quotes("“It is a disgrace,” Rep. Ana Duarte (D-Ore.) said Friday.\n"))
                .containsExactly("direct [Ana Duarte] It is a disgrace,");
    }

    @Test
    void aNounForWhatSomeoneDoesOrAWorkThatSpeaksIsASpeaker() {
        assertThat(quotes("“Who do you trust?” a narrator in the new ad asks.\n\n“Vote early,” the campaign strategist said.\n"))
                .containsExactly("direct [a narrator] Who do you trust?", "direct [the campaign strategist] Vote early,");
    }

    @Test
    void aVerbJoinedToTheFirstSharesItsSubjectAndAPossessorAfterItIsNotTheSpeaker() {
        assertThat(quotes("After the vote, Ana Duarte criticised the council but praised Lindqvist's \"steady progress\" on repairs.\n"))
                .containsExactly("indirect [Ana Duarte] the council", "indirect [Ana Duarte] Lindqvist's \"steady progress\" on repairs",
                        "partial [Ana Duarte] steady progress");
    }

    @Test
    void marksInsideAReportedClauseQuoteTheOneWhoReportsIt() {
        assertThat(quotes("Ana Duarte of the Harbour Safety Board said the report confirmed \"serious corrosion\" in the cables.\n"))
                .containsExactly("indirect [Ana Duarte] the report confirmed \"serious corrosion\" in the cables",
                        "partial [Ana Duarte] serious corrosion");
    }

    @Test
    void theMakersOfAWorkSpeakAsTheWorkAndAParticipleAfterACommaHasTheSubjectsSpeaker() {
        assertThat(quotes("The harbour report said the cables had corroded. And its authors suggest the city was slow with repairs, "
                + "saying several warnings \"went unanswered for months.\"\n\nThe report's authors say they could not confirm the cause.\n"))
                .contains("partial [The harbour report] went unanswered for months.",
                        "indirect [The report] they could not confirm the cause");
    }

    @Test
    void aSpeakerDescribedWithWhatItIsOnOrAboutIsItsHead() {
        assertThat(quotes("\"We found serious corrosion,\" the committee on bridge safety said.\n"))
                .containsExactly("direct [the committee] We found serious corrosion,");
    }

    @Test
    void aVerbJoinedByAndTakesTheSubjectBeforeAnyPhraseAfterIt() {
        assertThat(quotes("The 40-page report looked at the bridge's records and found evidence that \"basic checks\" were skipped.\n"))
                .contains("partial [The 40-page report] basic checks");
    }

    @Test
    void anInfinitiveOfSayingLeavesTheQuoteToTheFiniteVerbBeforeIt() {
        assertThat(quotes("Inspector Lena Vik could not confirm how many piers were cracked. But she added that it is "
                + "reasonable to conclude that the damage \"was serious, reaching most of the northern supports.\"\n"))
                .contains("partial [Lena Vik] was serious, reaching most of the northern supports.");
    }

    @Test
    void aQuestionClosingTheSentenceIsAttributedByTheShortSentenceAfterIt() {
        assertThat(quotes("\"Who will pay for the new bridge?\" Senator Ilse Marr asked. \"Nobody knows.\"\n"))
                .containsExactly("direct [Ilse Marr] Who will pay for the new bridge?", "direct [Ilse Marr] Nobody knows.");
    }

    @Test
    void aPronounThatContinuesSpeakingIsTheMentionOfItsSpeaker() {
        assertThat(quotes("\"We waited all night,\" said Ruth Penn. She continued, \"All we want is a hearing in court.\"\n"))
                .containsExactly("direct [Ruth Penn] We waited all night,", "direct [Ruth Penn] All we want is a hearing in court.");
    }

    @Test
    void aPartyAndStateInBracketsAndARoleAfterTheNameAreSkipped() {
        assertThat(quotes("\"They would just go and get it,\" Rep. Owen Pratt (R-Ohio), a panel member, said in an interview.\n"))
                .containsExactly("direct [Owen Pratt] They would just go and get it,");
    }

    @Test
    void aMiddleInitialAndAGenerationAreInsideTheName() {
        assertThat(quotes("\"I hate this framing of the vote,\" Tomas R. Ekdahl II, a writer for The Harbour Review, said on Twitter.\n"))
                .containsExactly("direct [Tomas R. Ekdahl II] I hate this framing of the vote,");
    }

    @Test
    void aSubordinateClauseBeforeTheSubjectDoesNotSpeakForTheMainVerb() {
        assertThat(quotes("When Dana Wells noted that the firm paid no tax, Omar Tully boasted, \"That makes me clever.\"\n"))
                .contains("direct [Omar Tully] That makes me clever.");
    }

    @Test
    void aParticipleAfterAVerbOfSayingSharesItsSubject() {
        assertThat(quotes("\"The dam is safe,\" the Ruritanian statement said, adding that there had been no \"serious leak.\"\n"))
                .containsExactly("direct [the Ruritanian statement] The dam is safe,",
                        "indirect [the Ruritanian statement] there had been no \"serious leak.\"",
                        "partial [the Ruritanian statement] serious leak.");
    }

    @Test
    void aNameRightBeforeAParticipleOfSayingIsWhoSpeaks() {
        assertThat(quotes("The advert uses footage of Dana Wells asking, \"Why am I not fifty points ahead?\"\n"))
                .containsExactly("direct [Dana Wells] Why am I not fifty points ahead?");
    }

    @Test
    void aDescriptionEndingInACountCanSpeak() {
        assertThat(quotes("Asked about fathers, the 34-year-old mother of three replied, \"It is meant to help the mother.\"\n"))
                .containsExactly("direct [the 34-year-old mother] It is meant to help the mother.");
    }

    @Test
    void aLetterReadsAndAFriendComments() {
        assertThat(quotes("\"We see schools offering hope,\" the letter reads.\n\nDuring a debate, a friend commented: \"You care most about rent.\"\n"))
                .containsExactly("direct [the letter] We see schools offering hope,", "direct [a friend] You care most about rent.");
    }

    @Test
    void twoApostrophesAreADoubleQuotationMark() {
        assertThat(quotes("''This is not reform,'' said Dora Kell, an economist. ''It is anti-reform.''\n"))
                .containsExactly("direct [Dora Kell] This is not reform,", "direct [Dora Kell] It is anti-reform.");
    }

    @Test
    void reportedSpeechAfterARelativePronounOrAJoinedVerb() {
        assertThat(quotes("The plan drew fire from Dana Wells, who said the costs were hidden from voters.\n"))
                .contains("indirect [Dana Wells] the costs were hidden from voters");
        assertThat(quotes("Omar Tully claimed vast wealth and said it kept him free of donors.\n"))
                .contains("indirect [Omar Tully] it kept him free of donors");
    }

    @Test
    void whatSomeoneThinksOrFearsIsAttributedAndALongAccordingToNamesItsSource() {
        assertThat(quotes("Inspector Lena Vik fears the northern piers will not last the winter.\n"))
                .contains("indirect [Lena Vik] the northern piers will not last the winter");
        assertThat(quotes("Most commuters now avoid the bridge, according to a survey of 900 drivers released last week by the city council.\n"))
                .contains("indirect [a survey] Most commuters now avoid the bridge");
    }

    @Test
    void aSecondSpeakersStatementEndsTheFirstOne() {
        assertThat(quotes("Mayor Dana Wells said the bridge was safe, but Inspector Lena Vik said it needed new piers.\n"))
                .containsExactly("indirect [Dana Wells] the bridge was safe", "indirect [Lena Vik] it needed new piers");
    }

    @Test
    void aPositionTakenOnSomethingIsAttributedWithItsObject() {
        assertThat(quotes("Senator Ilse Marr cited the rising cost of the repairs.\n"))
                .contains("indirect [Ilse Marr] the rising cost of the repairs");
        assertThat(quotes("Mayor Dana Wells called the delay a disgrace to the whole city.\n"))
                .contains("indirect [Dana Wells] the delay a disgrace to the whole city");
    }

    @Test
    void aVerbTheTaggerTookForANounIsReadByTheWordAfterIt() {
        assertThat(quotes("Mayor Dana Wells plans to reopen the harbour road before the spring market.\n"))
                .contains("indirect [Dana Wells] reopen the harbour road before the spring market");
    }

    @Test
    void aSubjectAfterACommaOwnsTheVerbOfSayingAfterIt() {
        assertThat(quotes("Dana Wells said fathers would not qualify, and when pressed on why, the inspector of piers replied, "
                + "\"It is meant to help the mothers.\"\n"))
                .contains("direct [the inspector] It is meant to help the mothers.");
    }

    @Test
    void whatSomeoneDeclinesOrSeeksToDoIsAttributed() {
        assertThat(quotes("Senator Ilse Marr declined to endorse the harbour plan before the vote.\n"))
                .contains("indirect [Ilse Marr] endorse the harbour plan before the vote");
    }

    @Test
    void theSpeakerMayStandBeforeALongAsideAndTheClauseAfterWhereAndWhenItWasSaid() {
        assertThat(quotes("Lena Vik, speaking after a long meeting with the harbour board and the city's engineers, told the "
                + "Harbour Gazette on Monday that the piers would be replaced.\n"))
                .containsExactly("indirect [Lena Vik] the piers would be replaced");
    }

    @Test
    void aRelativePronounSpeaksForItsNounAndItsClauseEndsAtTheClosingComma() {
        assertThat(quotes("The plan was backed by dock workers who say the old bridge is unsafe.\n"))
                .containsExactly("indirect [dock workers] the old bridge is unsafe");
        assertThat(quotes("The union, which has endorsed Mayor Dana Wells, said the fees would hurt small traders.\n"))
                .containsExactly("indirect [The union] Mayor Dana Wells", "indirect [The union] the fees would hurt small traders");
    }

    @Test
    void aParticipleOfSayingAfterACommaIsASecondStatementOfTheSubject() {
        assertThat(quotes("The ferry company defended the schedule, saying the boats were full every morning.\n"))
                .containsExactly("indirect [The ferry company] the schedule", "indirect [The ferry company] the boats were full every morning");
    }

    @Test
    void aShareOfPeopleSpeaks() {
        assertThat(quotes("Nearly 40 percent of drivers said the tolls were too high.\n"))
                .containsExactly("indirect [40 percent of drivers] the tolls were too high");
        assertThat(quotes("Six in 10 said they would use the new bridge.\n"))
                .containsExactly("indirect [Six in 10] they would use the new bridge");
    }

    @Test
    void aBareClauseFollowsAnyVerbOfSayingAndComesAfterTheListener() {
        assertThat(quotes("Omar Tully complained the tolls had doubled since March.\n"))
                .containsExactly("indirect [Omar Tully] the tolls had doubled since March");
        assertThat(quotes("Inspector Lena Vik told the council the piers had failed long ago.\n"))
                .containsExactly("indirect [Lena Vik] the piers had failed long ago");
    }

    @Test
    void anAttributionMayStandInsideTheStatementOrBeforeWordsOfWhereAndWho() {
        assertThat(quotes("The new bridge, Dana Wells said, will open in the spring.\n"))
                .containsExactly("indirect [Dana Wells] The new bridge, Dana Wells said, will open in the spring");
        assertThat(quotes("Tolls are unlikely to bring back the old ferry, said Omar Tully, a professor of transport at the city "
                + "college, who has studied the harbour for years.\n"))
                .containsExactly("indirect [Omar Tully] Tolls are unlikely to bring back the old ferry");
        assertThat(quotes("Many commuters did not trust the new schedule, the inspector said in answering a question.\n"))
                .containsExactly("indirect [the inspector] Many commuters did not trust the new schedule");
    }

    @Test
    void whatIsAnnouncedOrDeniedMayBeAnObject() {
        assertThat(quotes("Omar Tully confirmed the closure of the eastern lane.\n"))
                .containsExactly("indirect [Omar Tully] the closure of the eastern lane");
        assertThat(quotes("An engineer confirmed the closure on condition of anonymity because he was not allowed to speak.\n"))
                .containsExactly("indirect [An engineer] the closure on condition of anonymity");
    }

    @Test
    void aNounForAStatementReportsTheClauseItsOwnerMade() {
        assertThat(quotes("The mayor's claim that the bridge was safe drew criticism from engineers.\n"))
                .containsExactly("indirect [The mayor] the bridge was safe");
        assertThat(quotes("Engineers rejected the mayor's warning that the piers would fail within a year.\n"))
                .containsExactly("indirect [Engineers] the mayor's warning that the piers would fail within a year",
                        "indirect [the mayor] the piers would fail within a year");
    }

    @Test
    void aHeadlineNamesItsSpeakerBeforeAColon() {
        assertThat(quotes("The council met on Monday.\n\nDana Wells: Harbour bridge will reopen in May\n"))
                .containsExactly("indirect [Dana Wells] Harbour bridge will reopen in May");
    }

    @Test
    void aSourceAccordingToWhomInMidSentenceTakesTheWholeStatement() {
        assertThat(quotes("One of the options, according to a person close to the talks, is to close the old ferry route.\n"))
                .containsExactly("indirect [a person] One of the options, according to a person close to the talks, is to close the old ferry route");
    }

    @Test
    void peopleCloseToSomethingSpeakAndSoDoVotersWhoSupportIt() {
        assertThat(quotes("People familiar with the plan said the council would vote in June.\n"))
                .containsExactly("indirect [People] the council would vote in June");
        assertThat(quotes("Most harbour workers support the new toll.\n"))
                .containsExactly("indirect [Most harbour workers] the new toll");
    }

    @Test
    void whatSomeoneCallsForOrComplainsAboutIsAttributed() {
        assertThat(quotes("Inspector Lena Vik called for the ban.\n"))
                .containsExactly("indirect [Lena Vik] the ban");
        assertThat(quotes("Omar Tully complained about the cost of the new cables.\n"))
                .containsExactly("indirect [Omar Tully] the cost of the new cables");
    }

    @Test
    void aVerbOfSayingInItsBaseFormAfterAnAuxiliaryIsACue() {
        assertThat(quotes("Any harbour pilot would now ask: \"Why was the bridge left open to traffic?\"\n"))
                .containsExactly("direct [Any harbour pilot] Why was the bridge left open to traffic?");
        assertThat(quotes("The inspectors will help people find \"safer routes\" to the port.\n"))
                .allMatch(q -> q.contains("[null]"));
    }

    @Test
    void aParticipleInAnOpeningPhraseHasTheSubjectAfterTheComma() {
        assertThat(quotes("Mayor Ana Duarte took the ferry.\nAfter saying the cables were \"rusted through,\" she closed the bridge.\n"))
                .contains("partial [Ana Duarte] rusted through,");
    }

    @Test
    void aNameMayCarryALongRoleBeforeItsVerb() {
        assertThat(quotes("\"It will hold,\" Leo Marsh, director of the harbour engineering office and a lecturer at the city "
                + "college for twenty years, said of the new cables.\n"))
                .containsExactly("direct [Leo Marsh] It will hold,");
    }

    @Test
    void aQuotationInsideAnotherIsTheWordsOfWhoeverSpeaksInsideTheOuterOne() {
        assertThat(quotes("\"The governor said that 'the toll plan' is dead, but that Marta Kowal had told him 'we will never pay for it,'\" "
                + "Ana Duarte said.\n"))
                .contains("partial [Marta Kowal] we will never pay for it,")
                .noneMatch(q -> q.contains("[Ana Duarte] the toll plan") || q.contains("[Ana Duarte] we will never"));
    }

    @Test
    void aQuotationInsideAnotherWithNoVerbOfItsOwnHasNoSpeaker() {
        assertThat(quotes("\"Nobody here believed the 'cable story' for a minute,\" Ana Duarte said.\n"))
                .contains("direct [Ana Duarte] Nobody here believed the 'cable story' for a minute,")
                .noneMatch(q -> q.contains("[Ana Duarte] cable story"));
    }

    @Test
    void aPronounAfterAQuotationIsNotSomeoneTheQuotationNames() {
        assertThat(quotes("\"I told Tomas Ekdahl the money was gone,\" Ana Perez said. \"This was an act of negligence,\" she said.\n"))
                .containsExactly("direct [Ana Perez] I told Tomas Ekdahl the money was gone,", "direct [Ana Perez] This was an act of negligence,");
        assertThat(quotes("Mayor Ana Perez met the board.\n\"Ask Tomas Ekdahl about the cables,\" she said. \"He knew,\" he said.\n"))
                .noneMatch(q -> q.contains("[Tomas Ekdahl]"));
    }

    @Test
    void aPhraseAfterAVerbAwayFromTheQuotationIsTheVerbsObjectNotItsSpeaker() {
        assertThat(quotes("Ana Duarte wrote late on Thursday that there was \"NO FRAUD AT ALL,\" and again branded the whole audit a \"farce.\"\n"))
                .noneMatch(q -> q.contains("[the whole audit]"));
        assertThat(quotes("Calling it a \"betrayal of every commuter,\" the Harbour Council filed a complaint on Monday.\n"))
                .contains("partial [Harbour Council] betrayal of every commuter,");
        assertThat(quotes("\"We will rebuild it,\" said Ana Duarte, the mayor.\n"))
                .containsExactly("direct [Ana Duarte] We will rebuild it,");
    }

    @Test
    void whoTellsTheWordsInAReportedClauseOwnsThem() {
        assertThat(quotes("Ana Duarte wrote that Omar Haddad told her directly, \"I need the money by Friday.\"\n"))
                .contains("direct [Omar Haddad] I need the money by Friday.");
    }

    @Test
    void aListOfPeopleSpeaksAsTheListNeverAsOneOfThem() {
        assertThat(quotes("Berg, Haddad and Kowal noted that the mayor \"never once mentioned the cables.\"\n"))
                .contains("partial [Berg, Haddad and Kowal] never once mentioned the cables.");
        assertThat(quotes("Omar Haddad chaired the board.\n\"The cables were never tested,\" Haddad and his deputy said.\n"))
                .noneMatch(q -> q.contains("[Omar Haddad] The cables"));
    }

    @Test
    void aPluralDescriptionIsNeverOnePerson() {
        assertThat(quotes("Harbour chairman Omar Haddad and ferry chairman Tomas Ekdahl met on Monday.\n"
                + "\"The cables were never tested,\" the chairmen said.\n"))
                .noneMatch(q -> q.contains("[Omar Haddad]") || q.contains("[Tomas Ekdahl]"));
    }

    @Test
    void aLawsuitSpeaksForItself() {
        assertThat(quotes("\"The city ignored every warning,\" Ana Perez said.\n\"The council knew the cables had failed,\" the suit claims.\n"))
                .contains("direct [the suit] The council knew the cables had failed,");
    }

    @Test
    void aGerundAfterAPrepositionPastTheQuotationIsNotItsCue() {
        assertThat(quotes("Ana Duarte wrote that Omar Haddad told her that the engineer \"had done nothing wrong\" in calling the ferry company.\n"))
                .contains("partial [Omar Haddad] had done nothing wrong")
                .noneMatch(q -> q.contains("[ferry company]") || q.contains("[the ferry company]"));
    }

    @Test
    void aRecountedQuotationIsTheRecountersEvenWithAQuotationInsideIt() {
        assertThat(quotes("“The mayor brought up the ‘cable thing’ and said it bothered him,” Ana Duarte recounts in one memo, dated Feb. 8.\n"))
                .contains("direct [Ana Duarte] The mayor brought up the ‘cable thing’ and said it bothered him,",
                        "partial [The mayor] cable thing");
    }

    @Test
    void aVerbInAnAsideSetOffByDashesDoesNotTakeTheQuotationFromTheVerbOutsideIt() {
        assertThat(quotes("“The pier is unsafe” — and Ana Berg had warned of it for years — Omar Haddad said.\n"))
                .containsExactly("direct [Omar Haddad] The pier is unsafe");
        assertThat(quotes("Omar Haddad said: “The pier is unsafe and will not last the winter.” — a view the council rejects.\n"))
                .containsExactly("direct [Omar Haddad] The pier is unsafe and will not last the winter.");
        assertThat(quotes("“The pier is unsafe” — Omar Haddad said — “and the council knows it.”\n"))
                .contains("direct [Omar Haddad] The pier is unsafe");
    }

    @Test
    void aQuotationInTheThatClauseOfAStatementIsItsOwners() {
        assertThat(quotes("Mayor Ana Berg's claim that the bridge was “never at risk” drew criticism from engineers.\n"))
                .contains("partial [Ana Berg] never at risk");
        assertThat(quotes("The mayor's comments to reporters that the bridge was sound and the inspectors were “liars” drew a rebuke, "
                + "Omar Haddad recounted.\n"))
                .contains("partial [The mayor] liars");
        assertThat(quotes("Omar Haddad recounted how he challenged the mayor's remarks to Harbour Radio that the two ports were alike "
                + "in that both harboured \"pirates.\"\n"))
                .contains("partial [the mayor] pirates.");
        assertThat(quotes("Omar Haddad recounted how he challenged the mayor's remarks to Harbour Radio that the two ports were similar "
                + "in that both harboured \"pirates.\"\n"))
                .contains("partial [the mayor] pirates.");
        assertThat(quotes("Ana Berg's claim that Omar Haddad had called the bridge “perfectly safe” was false.\n"))
                .contains("partial [Omar Haddad] perfectly safe");
    }

    @Test
    void aParticipleDescribingAPrepositionsObjectIsNotAVerbOfSaying() {
        assertThat(quotes("The damage at the pier found by the inspectors was “a scandal” and “a warning,” Omar Haddad added.\n"))
                .contains("partial [Omar Haddad] a scandal", "partial [Omar Haddad] a warning,");
        assertThat(quotes("As the Harbour Agency reported on Monday, the toll was “far higher than anyone admitted.”\n"))
                .contains("partial [Harbour Agency] far higher than anyone admitted.");
    }

    @Test
    void aVerbInAnOpeningSubordinateClauseFramesNothingTheMainClauseQuotes() {
        assertThat(quotes("When Ana Berg announced the closure, Omar Haddad took it as “a disgrace to the city.”\n"))
                .contains("partial [Omar Haddad] a disgrace to the city.");
        assertThat(quotes("Because the agency warned of floods, Mayor Omar Haddad ordered “every gate shut by noon.”\n"))
                .contains("partial [Omar Haddad] every gate shut by noon.");
        assertThat(quotes("Although Ana Berg had warned of floods, the harbour stayed “wide open to the sea.”\n"))
                .noneMatch(q -> q.contains("[Ana Berg] wide open"));
        assertThat(quotes("When Ana Berg noted that the harbour had paid no fees ― as was true for years ― Omar Haddad boasted, "
                + "“That makes us clever.”\n"))
                .contains("direct [Omar Haddad] That makes us clever.");
        assertThat(quotes("If Ana Berg said Omar Haddad had claimed the fees were “unpaid for years,” the council would act.\n"))
                .contains("partial [Ana Berg] unpaid for years,");
    }

    @Test
    void aNameSetOffAfterADescriptionAfterTheVerbIsTheSpeaker() {
        assertThat(quotes("“We are ready for the storm,” said a spokesman, Tom Reyes.\n"))
                .containsExactly("direct [Tom Reyes] We are ready for the storm,");
        assertThat(quotes("“We are ready for the storm,” said Lena Vik, a spokeswoman for the authority.\n"))
                .containsExactly("direct [Lena Vik] We are ready for the storm,");
        assertThat(quotes("“We are ready for the storm,” said the harbour master, in Porto Vell.\n"))
                .noneMatch(q -> q.contains("[Porto Vell]"));
    }

    @Test
    void aTitleWrittenBeforeANameSpeaksForThatNameNotForAnotherHolderOfTheTitle() {
        assertThat(quotes("Harbour deal in doubt\n\nDefense Secretary Tom Reyes said the deal was weak. Reyes left.\n\n"
                + "And newly confirmed Secretary of Ports Ana Lind, as a Vermont senator in December 2015, told a harbour audience "
                + "that the only real fix was \"the end of the current board.\"\n"))
                .contains("partial [Ana Lind] the end of the current board.")
                .noneMatch(q -> q.contains("[Tom Reyes] the end"));
    }
}
