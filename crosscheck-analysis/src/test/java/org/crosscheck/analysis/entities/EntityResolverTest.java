package org.crosscheck.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.crosscheck.analysis.Docs;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;

class EntityResolverTest {
    static Entity named(String name, String... idsAndTexts) {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12), idsAndTexts).get(EntityResolver.ENTITIES).all();
        return all.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " among " + all.stream().map(x -> x.name() + x.type() + x.aliases()).toList()));
    }

    @Test
    void aTitleWrittenBeforeTheNameIsKeptWithTheNameAsAnAlias() {
        Entity e = named("Ana Duarte", "a", "On Tuesday, Harbour Minister Ana Duarte opened the new bridge.\n");
        assertThat(e.aliases()).contains("Harbour Minister Ana Duarte");
    }

    @Test
    void anOrganisationsNameJoinsTheOneLongerNameThatOnlyAddsALeadingAcronym() {
        Entity e = named("UN Maritime Safety Council", "a", "The UN Maritime Safety Council met in Geneva on Monday.\n",
                "b", "The Maritime Safety Council said the harbour was unsafe.\n");
        assertThat(e.aliases()).contains("Maritime Safety Council");
    }

    @Test
    void aGenericNameForAnOrganisationJoinsTheOneOrganisationWhoseNameHoldsItsWords() {
        Entity e = named("UN Maritime Safety Office",
                "a", "The UN Maritime Safety Office said the harbour was unsafe. The UN Maritime Safety Office closed it on Monday.\n",
                "b", "The UN Safety Agency said on Tuesday that the ferries would resume.\n",
                "c", "The UN Maritime Council met in Geneva on Wednesday.\n");
        assertThat(e.aliases()).contains("UN Safety Agency");
        assertThat(named("UN Maritime Council", "a", "The UN Maritime Council met in Geneva on Wednesday.\n").aliases())
                .doesNotContain("UN Safety Agency");
    }

    @Test
    void thePossessiveOfficeOfATitledPersonIsTheOrganisationNamedAfterTheTitle() {
        Entity e = named("UN Office of the Harbour Commissioner",
                "a", "On Monday, UN Harbour Commissioner Lena Vik inspected the pier. Repairs would start soon, said the UN Office of the Harbour Commissioner.\n",
                "b", "Vik's office said on Tuesday that the ferries would resume.\n");
        assertThat(e.aliases()).contains("Vik's office");
    }

    @Test
    void aNumberedModifierAndALeadingArticleAreNotPartOfAName() {
        Entity e = named("Baltic Port Council",
                "a", "The Baltic Port Council met in Riga on Monday.\n",
                "b", "The 12-member Baltic Port Council, whose next session is in June, said the port was safe.\n");
        assertThat(e.aliases()).contains("12-member Baltic Port Council");
        Entity office = named("UN Office of the Harbour Commissioner",
                "a", "On Monday, UN Harbour Commissioner Lena Vik inspected the pier. Repairs would start, said the UN Office of the Harbour Commissioner.\n",
                "b", "Officials at the harbour commissioner's office said on Tuesday that the ferries would resume.\n");
        assertThat(office.aliases()).contains("the harbour commissioner's office", "harbour commissioner's office");
    }

    @Test
    void aTitleThatGoesOnToNameAPlaceIsKeptWhole() {
        Entity e = named("Lena Vik",
                "a", "Lena Vik, Norway's ambassador, spoke on Monday.\n",
                "b", "Speaking on Tuesday, Norway's ambassador to the United Nations in New York, Lena Vik, said the talks would go on.\n");
        assertThat(e.aliases()).contains("Norway's ambassador to the United Nations in New York");
    }

    @Test
    void aNameInATitleCaseHeadlineStopsWhereTheNameTheTextUsesElsewhereStops() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12), "a",
                "Ana Duarte Slams Harbour Board Over Bridge Collapse\n\nMayor Ana Duarte said on Monday that the board had ignored warnings.\n")
                .get(EntityResolver.ENTITIES).all();
        assertThat(all).extracting(Entity::name).contains("Ana Duarte").noneMatch(n -> n.contains("Slams"));
    }

    @Test
    void middleInitialsANumeralAndAPlaceAfterTheNameDoNotMakeAnotherPerson() {
        Entity e = named("Daniel Ekdahl", "a", "The inspector, Daniel K. Ekdahl III, visited the quay on Monday.\n",
                "b", "Daniel Ekdahl said the cables had failed. Ekdahl left on Tuesday.\n");
        assertThat(e.aliases()).contains("Daniel K. Ekdahl III", "Ekdahl");
    }

    @Test
    void aJuniorIsNotHisFatherAndTwoPeopleSharingASurnameStayApart() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12), "a",
                "Omar Haddad Jr. met Omar Haddad on Monday. Lina Haddad said the bridge was safe. Haddad disagreed.\n")
                .get(EntityResolver.ENTITIES).all();
        assertThat(all).noneMatch(e -> e.name().contains("Jr") && e.aliases().contains("Omar Haddad"));
        assertThat(all).noneMatch(e -> e.name().equals("Lina Haddad") && e.aliases().contains("Omar Haddad"));
    }

    @Test
    void anOrganisationNamedWithItsArticleKeepsThatFormAsAnAlias() {
        Entity e = named("Harbour Safety Board", "a", "The Harbour Safety Board met on Monday. Ana Duarte wrote to the Harbour Safety Board on Tuesday.\n");
        assertThat(e.aliases()).contains("the Harbour Safety Board");
    }

    @Test
    void aNameWithAMiddleInitialEndsBeforeThePlaceThePersonIsOf() {
        Entity e = named("Daniel Ekdahl", "a", "The inspector, Daniel K. Ekdahl of Porto Vell, visited the quay on Monday.\n",
                "b", "Daniel Ekdahl said the cables had failed.\n");
        assertThat(e.aliases()).contains("Daniel K. Ekdahl");
    }

    @Test
    void aNameTheTextWritesWithTheIsNotAPerson() {
        Entity e = named("Amber Gate", "a", "The Amber Gate said on Monday that the bridge would reopen. Officials at the Amber Gate declined to comment.\n");
        assertThat(e.type()).isNotEqualTo(org.crosscheck.model.EntityType.PERSON);
        Entity p = named("Ana Duarte", "b", "Ana Duarte said on Monday that the bridge would reopen. Ana Duarte declined to comment.\n");
        assertThat(p.type()).isEqualTo(org.crosscheck.model.EntityType.PERSON);
    }

    @Test
    void aNameBeforeTheNounItQualifiesIsNotWrittenWithTheArticle() {
        Entity e = named("Christopher Vance", "a", "He mentioned the Vance dossier and the Vance inquiry on Monday.\n",
                "b", "Christopher Vance declined to comment. Vance left the harbour on Tuesday.\n");
        assertThat(e.aliases()).doesNotContain("the Vance");
        assertThat(e.type()).isEqualTo(org.crosscheck.model.EntityType.PERSON);
    }

    @Test
    void aTitledPersonOfACommitteeIsThePersonAndTheCommitteeApart() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12), "a", "The chairs — Representative Dana Nunez of the Harbour Committee "
                + "and Representative Tom Gray of the Ferry Committee — wrote to the board on Monday.\n").get(EntityResolver.ENTITIES).all();
        assertThat(all).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Dana Nunez");
            assertThat(e.type()).isEqualTo(org.crosscheck.model.EntityType.PERSON);
        });
        assertThat(all).extracting(Entity::name).contains("Tom Gray", "Harbour Committee", "Ferry Committee")
                .noneMatch(n -> n.contains(" of the "));
    }

    @Test
    void aMiddleInitialOrAnAbbreviatedTitleTheTokenizerCutsStaysWithTheName() {
        Entity e = named("Paul G. Marsh", "a", "Ms. Lind asked on two occasions whether her deputy, Paul G. Marsh, “had a problem with him” and left.\n");
        assertThat(e.type()).isEqualTo(org.crosscheck.model.EntityType.PERSON);
        Entity l = named("Lind", "b", "He asked why Mrs. Lind had not been charged, and the inquiry into Mrs. Lind’s server went on.\n");
        assertThat(l.aliases()).contains("Mrs. Lind");
        assertThat(l.type()).isEqualTo(org.crosscheck.model.EntityType.PERSON);
    }

    @Test
    void anAdviserAnAideAManagerAndALawyerAreTitlesWrittenWithTheName() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12), "a", "Former harbour adviser Nils Berg met campaign manager Ida Sund and "
                + "the mayor's lawyer, Omar Haddad, on Monday. Berg said nothing.\n").get(EntityResolver.ENTITIES).all();
        assertThat(all).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Nils Berg");
            assertThat(e.aliases()).contains("Former harbour adviser Nils Berg", "Berg");
        });
        assertThat(all).anySatisfy(e -> assertThat(e.aliases()).contains("campaign manager Ida Sund"));
    }

    @Test
    void aBareTitleIsARoleAndNoOnesAlias() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12), "a", "President Ana Duarte met President Omar Haddad in Porto on Monday. "
                + "Senator Lena Vik stayed home.\n").get(EntityResolver.ENTITIES).all();
        assertThat(all).filteredOn(e -> e.name().equals("Ana Duarte") || e.name().equals("Omar Haddad")).hasSize(2)
                .allSatisfy(e -> assertThat(e.aliases()).doesNotContain("President").contains("President " + e.name()));
        assertThat(all).filteredOn(e -> e.name().equals("Lena Vik")).singleElement().satisfies(e -> {
            assertThat(e.aliases()).doesNotContain("Senator").contains("Senator Lena Vik");
            assertThat(e.role()).isEqualTo("Senator");
        });
    }

    @Test
    void initialsStandForAnOrganisationOrAPlaceNeverForAPerson() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12), "a", "Harbour Minister Omar Haddad met O.H. Marsh, the ferry owner, on Monday.\n",
                "b", "The Harbour Safety Board said on Tuesday that the HSB would inspect the pier.\n").get(EntityResolver.ENTITIES).all();
        assertThat(all).filteredOn(e -> e.name().equals("Omar Haddad")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).noneMatch(a -> a.startsWith("O.H")));
        assertThat(all).filteredOn(e -> e.name().equals("Harbour Safety Board")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("HSB"));
    }

    @Test
    void aNameOfSeveralWordsWrittenWithAHyphenOrASpaceHasOneKey() {
        // the key joins the mentions of one name: "Kim Jong-un" and "Kim Jong Un" are one person's
        assertThat(EntityResolver.key("Park Min-jun")).isEqualTo(EntityResolver.key("Park Min Jun"));
        // one hyphenated word is not a name of several words: "Lind-Berg" is neither "Lind Berg" nor a "Berg"
        assertThat(EntityResolver.key("Lind-Berg")).isEqualTo("lind-berg");
    }

    @Test
    void aShortGivenNameNamesThePersonItsFullFormNames() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12),
                "a", "Representative Robert T. Lindqvist of Ohio said on Monday that the bridge would open.\n",
                "b", "Bob Lindqvist, the harbour chairman, said the pier was unsafe. Lindqvist said so again on Tuesday.\n")
                .get(EntityResolver.ENTITIES).all();
        assertThat(all).filteredOn(e -> e.name().contains("Lindqvist") || e.aliases().contains("Lindqvist")).singleElement()
                .satisfies(e -> assertThat(java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()), e.aliases().stream()))
                        .contains("Bob Lindqvist", "Robert T. Lindqvist", "Lindqvist"));
    }

    @Test
    void aPersonsCampaignUnderAllItsFormsIsOneOrganisationApartFromThePerson() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12),
                "a", "The Lind campaign said on Monday that Ana Lind would speak in Porto.\n",
                "b", "Ana Lind's campaign raised more money in May. Ms. Lind's campaign thanked the donors. The President's campaign did not.\n")
                .get(EntityResolver.ENTITIES).all();
        assertThat(all).filteredOn(e -> e.type() == org.crosscheck.model.EntityType.ORG && e.name().endsWith("campaign"))
                .singleElement().satisfies(e -> assertThat(java.util.stream.Stream.concat(java.util.stream.Stream.of(e.name()),
                        e.aliases().stream())).contains("Lind campaign", "the Lind campaign", "Ana Lind's campaign", "Ms. Lind's campaign"));
        assertThat(all).filteredOn(e -> e.name().equals("Ana Lind")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).noneMatch(a -> a.contains("campaign")));
    }

    @Test
    void aDepartmentOfSomethingIsTheSomethingDepartmentAndTheAcronymThatKeepsItsOf() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12),
                "a", "The Department of Harbours said on Monday that the pier was closed.\n",
                "b", "The Harbours Department opened it again on Tuesday, and the DOH said the ferries would run.\n")
                .get(EntityResolver.ENTITIES).all();
        assertThat(all).filteredOn(e -> e.name().equals("Department of Harbours")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Harbours Department", "DOH", "the DOH"));
    }

    @Test
    void anOrganisationThatOpensACapitalisedTitleIsNamed() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12),
                "a", "On Monday, Harbour Safety Committee Chairman Omar Haddad inspected the pier.\n")
                .get(EntityResolver.ENTITIES).all();
        assertThat(all).anySatisfy(e -> {
            assertThat(e.name()).isEqualTo("Harbour Safety Committee");
            assertThat(e.type()).isEqualTo(org.crosscheck.model.EntityType.ORG);
        });
        assertThat(all).filteredOn(e -> e.name().equals("Omar Haddad")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Harbour Safety Committee Chairman Omar Haddad"));
    }

    @Test
    void aTitleWithAWordForWhenItIsHeldNamesThePersonButNotAnyAdjectiveBeforeIt() {
        var all = Docs.analyze(LocalDate.of(2025, 3, 12),
                "a", "On Monday, former Harbour Minister Omar Haddad inspected the pier.\n",
                "b", "Critics faulted the report for misleading Harbour Minister Ana Duarte.\n")
                .get(EntityResolver.ENTITIES).all();
        assertThat(all).filteredOn(e -> e.name().equals("Omar Haddad")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("former Harbour Minister Omar Haddad"));
        assertThat(all).filteredOn(e -> e.name().equals("Ana Duarte")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Harbour Minister Ana Duarte").noneMatch(a -> a.startsWith("misleading")));
    }

    @Test
    void aPhraseEndingInANounForAPersonBeforeANameIsOneOfItsForms() {
        org.crosscheck.nlp.NounSenses senses = noun -> noun.equals("confidant") || noun.equals("son-in-law") || noun.equals("reporters")
                ? org.crosscheck.nlp.NounSenses.Kind.PERSON : org.crosscheck.nlp.NounSenses.Kind.OTHER;
        var docs = java.util.List.of(org.crosscheck.analysis.pipeline.DocumentAnalysis.of(Docs.doc("a",
                "On Monday, Lind confidant Omar Haddad met son-in-law Nils Berg in Porto. Haddad told reporters Berg was late.\n")));
        var all = org.crosscheck.analysis.StandardPipeline.create(Docs.NLP, null, senses)
                .run(org.crosscheck.analysis.pipeline.CorpusAnalysis.of(new org.crosscheck.analysis.pipeline.CorpusContext("test",
                        LocalDate.of(2025, 3, 12)), docs), org.crosscheck.analysis.pipeline.ProgressListener.NONE)
                .get(EntityResolver.ENTITIES).all();
        assertThat(all).filteredOn(e -> e.name().equals("Omar Haddad")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("Lind confidant Omar Haddad"));
        assertThat(all).filteredOn(e -> e.name().equals("Nils Berg")).singleElement()
                .satisfies(e -> assertThat(e.aliases()).contains("son-in-law Nils Berg").noneMatch(a -> a.contains("reporters")));
    }
}
