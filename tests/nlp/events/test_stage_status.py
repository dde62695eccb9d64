"""Stage 5, status: what the article says of the event at its publication date (2024-03-14, a Thursday)."""

import pytest

from tests.nlp.helpers import extract_text


def first_contact(sentence: str, published: str = "2024-03-14"):
    extraction = extract_text("Bericht aus Berlin\n" + sentence, published)
    contacts = [m for m in extraction.event_mentions if m.event_type in ("MEETING", "CALL", "VISIT", "CONTACT", "NEGOTIATION")]
    assert contacts, f"no contact in {sentence!r}"
    return contacts[0]


@pytest.mark.parametrize("sentence, status", [
    ("Scholz hat am Mittwoch mit Macron telefoniert.", "happened"),
    ("Scholz traf Macron in Paris.", "happened"),
    ("Das Telefonat von Scholz mit Macron findet am Montag statt.", "planned"),
    ("Scholz will Macron am Montag in Paris treffen.", "planned"),
    ("Scholz will Macron bald treffen.", "proposed"),
    ("Scholz könnte sich mit Macron treffen.", "speculative"),
    ("Das Treffen zwischen Scholz und Macron wurde abgesagt.", "cancelled"),
    # the Plusquamperfekt of 'wollen'/'sollen' tells of a plan that came to nothing
    ("Scholz hatte sich in Rom mit Meloni treffen wollen, um über Migration zu sprechen.", "cancelled"),
    ("Ursprünglich hatte Scholz am Montag nach Warschau reisen sollen.", "cancelled"),
    ("Scholz wollte am Montag nach Warschau reisen.", "planned"),
    # an invitation turned down or not followed will not take place
    ("Scholz lehnte die Einladung Erdoğans nach Ankara ab.", "denied"),
    ("Scholz hat die Einladung Erdoğans nach Ankara ausgeschlagen.", "denied"),
    ("Niemand aus der Regierung Scholz wollte der Einladung Erdoğans nach Ankara folgen.", "denied"),
    ("Scholz folgte der Einladung Erdoğans nach Ankara nicht.", "denied"),
    ("Scholz hat eine Einladung Erdoğans nach Ankara erhalten.", "proposed"),
    # 'auf Einladung' tells at whose wish the event came about; the clause's tense tells whether it did
    ("Auf Einladung von Macron war es am Montag zu einem Treffen von Scholz und Meloni gekommen.", "happened"),
    ("Auf Einladung von Macron wird Scholz am Montag nach Paris reisen.", "planned"),
    ("Scholz wartet auf eine Einladung Erdoğans nach Ankara.", "proposed"),
    # the occasion of an announcement made in the past took place; what is announced is planned
    ("Scholz hatte im Januar bei einem Besuch des polnischen Premiers Tusk in Berlin angekündigt, dass er helfe.",
     "happened"),
    ("Beim Treffen mit Macron hat Scholz angekündigt, die Hilfen zu erhöhen.", "happened"),
    ("Scholz sagte, bei seinem Gespräch mit Macron sei vereinbart worden, die Hilfen zu erhöhen.", "happened"),
    ("Beim geplanten Treffen mit Macron hat Scholz neue Hilfen angekündigt.", "planned"),
    ("Der Besuch von Scholz bei Macron ist für Montag angekündigt.", "planned"),
    # 'auf' with the dative is the occasion too: what was agreed there is the outcome, the conference took place
    ("Auf dem Treffen in Paris haben Scholz und Macron neue Hilfen vereinbart.", "happened"),
    ("Auf dem Gipfel in Brüssel hat Scholz mit Macron neue Hilfen vereinbart.", "happened"),
    ("Scholz und Macron haben sich auf einen Gipfel in Paris verständigt.", "planned"),
    # a session adjourned at an hour, or to a day, goes on: not called off
    ("Der EU-Gipfel in Brüssel wurde kurz vor Mitternacht vertagt.", "happened"),
    ("Der EU-Gipfel in Brüssel wurde auf Freitagvormittag vertagt.", "happened"),
    ("Der EU-Gipfel in Brüssel wurde auf unbestimmte Zeit vertagt.", "cancelled"),
    # put off with no new date is called off; a number that names no time is no new date
    ("Ein Telefonat von Scholz mit Macron ist bis auf weiteres aufgeschoben.", "cancelled"),
    ("Das Treffen von Scholz mit Macron wurde auf Mai aufgeschoben.", "planned"),
    ("Dann wurde das Treffen von Scholz und Macron vertagt, der Ölpreis sank auf 80 Dollar pro Fass.", "cancelled"),
    ("Das Treffen von Scholz und Macron wurde auf den 3. Mai vertagt.", "planned"),
    ("Das Treffen von Scholz und Macron wurde auf 2025 vertagt.", "planned"),
    # the noun's own adjective sets the event: the doubt or proposal of its clause is about something else
    ("Dazu zählt falls nötig auch der im Mai in Paris geplante Gipfel von Scholz und Macron.", "planned"),
    ("Der Vorschlag werde beim nächsten Treffen der EU-Außenminister beraten, hieß es.", "planned"),
    ("Das geplante Treffen zwischen Scholz und Macron wurde abgesagt.", "cancelled"),
    ("Ein mögliches Treffen von Scholz und Macron könnte im Mai stattfinden.", "speculative"),
    # an event said to be possible may be; said impossible, it is denied; 'so schnell wie möglich' says how soon
    ("Aus Paris hieß es, grundsätzlich seien Gespräche zwischen Scholz und Macron möglich.", "speculative"),
    ("Ein Gipfel der EU mit Japan per Video wäre möglich.", "speculative"),
    ("Ein Besuch von Scholz in Kiew ist derzeit aus Sicherheitsgründen nicht möglich.", "denied"),
    ("Verhandlungen zwischen der Ukraine und Russland seien erst möglich, wenn die Truppen abgezogen seien.",
     "speculative"),
    ("Scholz will Macron so schnell wie möglich treffen.", "proposed"),
    ("Bei den Gesprächen von Scholz und Macron im Januar war eine Einigung möglich.", "happened"),
    # a meeting that goes on after a break has begun; talks in the plural go on in a next round, which is planned
    ("Der EU-Gipfel in Brüssel wird morgen wieder einberufen.", "happened"),
    ("Der EU-Gipfel in Brüssel wird am Montag fortgesetzt.", "happened"),
    ("Der EU-Gipfel in Brüssel wird am Montag wiederaufgenommen.", "happened"),  # status.resumed_in, as dating reads it
    # a wish in the Konjunktiv II with 'gern' is proposed
    ("Scholz hätte seinerseits gern ein Treffen mit Xi Jinping.", "proposed"),
    ("Scholz würde sich gerne mit Xi Jinping in Peking treffen.", "proposed"),
    # talks others call for, in any tense, are proposed
    ("Mehrere Verbände appellierten an Scholz, mit Macron über die Agrarhilfen zu verhandeln.", "proposed"),
    ("Die Opposition fordert, das geplante Treffen zwischen Scholz und Macron abzusagen.", "planned"),
    ("Einen Tag vor dem Treffen von Scholz und Macron in Paris warnen die Bauern.", "planned"),
    # talks counted on from those so far ('weitere') lie ahead when told in the present, not in the past
    ("In den weiteren Gesprächsrunden von Scholz und Macron müssten nun Fortschritte erzielt werden.", "planned"),
    ("Bei weiteren Treffen von Scholz und Macron soll es um die Agrarhilfen gehen.", "planned"),
    ("Scholz und Macron führten in Paris weitere Gespräche.", "happened"),
    ("In weiteren Gesprächsrunden hatten Scholz und Macron keine Fortschritte erzielt.", "happened"),
    # talks named in the genitive of a round are that round: the next one lies ahead, the first is told
    ("In der nächsten Runde der Gespräche zwischen Scholz und Macron dürfte es kaum eine Einigung geben.", "planned"),
    ("In der ersten Runde der Gespräche zwischen Scholz und Macron gab es keine Einigung.", "happened"),
    ("Im Vorfeld des Treffens von Scholz und Macron in Paris gibt es Streit.", "planned"),
    ("Vor dem Treffen von Scholz und Macron in Paris hatten die Bauern gewarnt.", "happened"),
    # a wish or doubt of the time before an event is not about the event, which lies ahead
    ("Einen Tag vor dem Start des Gipfels von Scholz und Macron in Paris wollen Tausende demonstrieren.", "planned"),
    ("Vor dem Treffen von Scholz und Macron in Paris wollen die Bauern demonstrieren.", "planned"),
    ("Vor einem möglichen Treffen von Scholz und Macron in Paris warnen die Bauern.", "speculative"),
    # a modal's Präteritum after 'vor' tells of the time before the event, not of a wish for it
    ("Kurz vor dem EU-Gipfel in Brüssel wollte Scholz die Niederlande umstimmen.", "happened"),
    # the future of how talks end is no plan of the talks: they are under way; that of their start is
    ("Am Ende werden Japan und die EU die Verhandlungen über das Abkommen wohl nicht an den Zöllen scheitern lassen.",
     "happened"),
    ("Die Verhandlungen zwischen Japan und der EU werden am Montag enden.", "happened"),
    ("Die Verhandlungen zwischen Japan und der EU werden im Mai beginnen.", "planned"),
    # 'Zeit' that closes no wish
    ("Zur Zeit ist unklar, ob Scholz Macron am Montag treffen wird.", "speculative"),
    ("Scholz hat Macron am Montag in Paris getroffen, als es Zeit war, dass die beiden sich einigen.", "happened"),
    # a modal that weighs how the event will be judged leaves the event itself certain
    ("Der Gipfel von Scholz und Macron in Paris könnte als historisch in die Geschichte eingehen.", "happened"),
    ("Das Treffen von Scholz und Macron in Paris könnte sich als Wendepunkt erweisen.", "happened"),
    ("Scholz und Macron könnten sich in Paris treffen, das wäre ein Wendepunkt.", "speculative"),
    # talks under way or going on have begun, whatever is said of their next round
    ("Die Schweiz und die EU verhandeln seit Jahren über ein Rahmenabkommen.", "happened"),
    ("Scholz und Macron verhandeln bereits über ein Abkommen.", "happened"),
    ("Scholz und Macron wollen heute weiter über die Agrarhilfen verhandeln.", "happened"),
    ("Scholz und Macron setzen ihre Gespräche in Paris fort.", "happened"),
    ("Scholz und Macron setzen ihre Gespräche am Montag fort.", "planned"),  # a round on a later day
    # what goes on is the interest, not the contact in the infinitive it wants; a need is no contact yet
    ("Scholz zeigt weiterhin großes Interesse daran, bald persönliche Kontakte mit Macron herzustellen.", "proposed"),
    ("Scholz betont die Notwendigkeit persönlicher Treffen mit Macron.", "proposed"),
    ("Das erste Treffen von Scholz und Macron seit Monaten findet am Montag statt.", "planned"),
    # 'sollen' with the perfect infinitive reports what others say happened, unconfirmed; with the plain infinitive
    # and no source of hearsay it plans
    ("Scholz soll sich heimlich mit Macron getroffen haben.", "speculative"),
    ("Scholz soll Macron am Montag treffen.", "planned"),
    ("Beim Treffen mit Macron soll Scholz gesagt haben, die Lage sei ernst.", "happened"),
    # what the news has from media or unnamed sources, or hedges, is a rumour, unless the sentence confirms it
    ("Laut Medienberichten soll Scholz Macron am Montag in Paris treffen.", "speculative"),
    ("Medienberichten zufolge telefonierte Scholz am Dienstag mit Macron.", "speculative"),
    ("Wie die Zeitung unter Berufung auf Diplomaten berichtet, trafen sich Scholz und Macron in Paris.", "speculative"),
    ("Laut französischen Medien reist Scholz am Montag nach Paris zu Macron.", "speculative"),
    ("Scholz hat sich angeblich am Montag mit Macron getroffen.", "speculative"),
    ("Das Treffen von Scholz und Macron ist bisher nicht bestätigt.", "speculative"),
    ("Der Élysée wollte das Telefonat zwischen Scholz und Macron weder bestätigen noch dementieren.", "speculative"),
    ("Ein Regierungssprecher bestätigte, dass Scholz am Montag mit Macron telefoniert hat.", "happened"),
    ("Türkischen Angaben zufolge trifft Scholz am Montag Präsident Erdoğan.", "planned"),
    ("Scholz sprach über seine Telefonate mit Macron, was die Opposition angeblich überraschte.", "happened"),
    ("Scholz verhandelt mit Macron angeblich über Zölle.", "speculative"),
    ("Scholz verhandelt mit Macron über angeblich unfaire Zölle.", "happened"),  # the hedge is the adjective's
    ("Laut Medienberichten, die von arabischen Medien bestätigt werden, soll Scholz in den kommenden Tagen "
     "zu Macron nach Paris reisen.", "speculative"),  # confirmed by the media only
    ("Scholz soll Macron am Montag in Paris getroffen haben, wie die Zeitung unter Berufung auf Diplomaten meldet.",
     "speculative"),
    # a source two clauses away reports something else; the plan of the clause stays
    ("Die Zeitung berichtete unter Berufung auf Diplomaten, die Zölle hätten nichts mit der Zusage zu tun, dass Scholz "
     "am Montag Macron in Paris treffen wird.", "planned"),
    ("Die Zeitung berichtete unter Berufung auf Diplomaten, Scholz habe Macron am Montag in Paris getroffen.",
     "speculative"),
    # an item on a programme, told in the present, is scheduled
    ("Auf dem Programm steht auch ein Treffen von Scholz mit Macron.", "planned"),
    ("Ein Gespräch zwischen Scholz und Tusk steht auf der Tagesordnung.", "planned"),
    ("Am Montag stand ein Treffen von Scholz mit Macron auf dem Programm.", "happened"),
    # an event ruled out is denied, one not ruled out is a possibility; someone shut out of talks is no such case
    ("Der Élysée schloss ein neues Gespräch zwischen Scholz und Macron nicht aus.", "speculative"),
    ("Scholz schloss ein Treffen mit Putin aus.", "denied"),
    # no plans for it: denied
    ("Es gebe keine Pläne dafür, dass Scholz mit Putin telefonieren werde.", "denied"),
    ("Es gibt keine Pläne für ein Treffen zwischen Scholz und Putin.", "denied"),
    ("Es gibt Pläne für ein Treffen zwischen Scholz und Putin.", "planned"),
    # talks hoped, asked or spoken up for, or demanded, have not taken place
    ("Die Kurse stiegen wegen der Hoffnung auf Verhandlungen zwischen Russland und der Ukraine.", "proposed"),
    ("Merz fordert Gespräche mit Russland über die Ukraine.", "proposed"),
    # the wish words the linking reads too (linking.tsv, wish_word): readiness, interest, an invitation
    ("Peking bekundete Interesse an einem Treffen zwischen Xi und Scholz.", "proposed"),
    ("Die Ukraine bekräftigte ihre Bereitschaft zu Verhandlungen mit Russland.", "proposed"),
    ("Scholz hielt ein Plädoyer für Verhandlungen zwischen Kiew und Moskau.", "proposed"),
    ("Bei den Gesprächen mit Russland forderte Merz einen Waffenstillstand.", "happened"),
    ("Die CDU setzt sich für direkte Gespräche zwischen Deutschland und den Taliban ein.", "proposed"),
    ("Er forderte mit Blick auf die Gespräche zwischen London und Brüssel einen fairen Umgang.", "happened"),
    ("Scholz und Meloni schließen ein Scheitern des EU-Gipfels zur Agrarhilfe weiterhin nicht aus.", "happened"),
    # a proposal reported from others stays a proposal
    ("Die Zeitung berichtet unter Berufung auf Diplomaten, dass Macron den Vorschlag zu einem Treffen mit Scholz "
     "gemacht habe.", "proposed"),
    ("Russland machte ein Angebot zu Gesprächen mit der Ukraine.", "proposed"),
    ("Es sei gut, dass die EU-Kommission China weitere Gespräche anbiete.", "proposed"),
    ("Die Forderungen in den Verhandlungen zwischen Russland und der Ukraine sind bekannt.", "happened"),
    # a guess in the main clause, a consideration given up, a condition, a time
    ("Möglich ist, dass Scholz vorher mit Macron telefoniert hat.", "speculative"),
    ("Eine Zeit lang war erwogen worden, Macron zu einem Gipfel mit Scholz nach Berlin einzuladen.", "cancelled"),
    ("Falls Scholz mit Macron telefoniert, geht es um die Ukraine.", "speculative"),
    ("Wenn Scholz am Montag mit Macron telefoniert, geht es um die Ukraine.", "planned"),
    # what lies after publication has not happened, whatever tense the sentence is told in
    ("Mit Blick auf das Treffen von Scholz und Macron im Mai hieß es, die Lage sei ernst.", "planned"),
    # on the way to a meeting, it lies ahead
    ("Am Abend fährt Scholz zum Treffen mit Macron nach Paris.", "planned"),
    ("Scholz fuhr zum Treffen mit Macron nach Paris.", "happened"),
    # what the clause's verb aims at after 'auf': agreed on is planned, pressed for is proposed
    ("Scholz und Macron haben sich auf ein Treffen im Mai geeinigt.", "planned"),
    ("Scholz drängt auf ein baldiges Treffen mit Macron.", "proposed"),
    # a zu-infinitive takes the status words of the clause it depends on
    ("Die Bauern erwarten von Scholz, mit Macron über die Zölle zu sprechen.", "proposed"),
    ("Scholz hat angekündigt, Macron in Paris zu treffen.", "planned"),
    # what a verb consents to lies ahead; what came after an event tells it is past; the Perfekt of news
    ("Serbien hat neuen Gesprächen mit dem Kosovo zugestimmt.", "planned"),
    ("Nach dem Treffen mit Macron stimmte Scholz dem Plan zu.", "happened"),
    ("Scholz mahnte nach dem Treffen mit Macron, die Bürger würden leiden.", "happened"),
    ("Scholz hat sich vor dem Gipfel mit Macron kompromissbereit gezeigt.", "planned"),
    # a relative clause that says it would have taken place
    ("Der Protest galt dem Gipfel von Scholz und Macron, der an diesem Wochenende hätte stattfinden sollen.",
     "cancelled"),
    # a relative clause after the noun's phrase calls it off
    ("Scholz hatte ein Treffen mit Macron für Montag angekündigt, das er später wieder absagte.", "cancelled"),
    ("Scholz hat ein Treffen mit Macron für Montag angekündigt, das er gut vorbereitet.", "planned"),
    # an adjective in -en is no participle ('offen'); a participle may look like the infinitive ('verlassen')
    ("Vor dem Treffen von Scholz und Macron in Paris ist vieles noch offen.", "planned"),
    ("Scholz hat den Gipfel mit Macron vorzeitig verlassen.", "happened"),
    # postponed with no new date is called off; to a new date it is planned; a postponement wished is not done
    ("Das Treffen von Scholz und Macron in Paris wurde wegen des Streiks verschoben.", "cancelled"),
    ("Der Gipfel von Scholz und Macron wird auf unbestimmte Zeit vertagt.", "cancelled"),
    ("Das Treffen von Scholz und Macron wurde auf den Herbst verschoben.", "planned"),
    ("Das Treffen von Scholz und Macron wurde ins nächste Jahr verschoben.", "planned"),
    ("Das Treffen von Scholz und Macron wurde um zwei Wochen verschoben.", "planned"),
    ("Scholz will das Treffen mit Macron verschieben.", "proposed"),
    # ausfallen: a noun or a sentence adverb before 'aus'; an adjective there tells how it turned out
    ("Wegen des Sturms fiel das Treffen von Scholz und Macron aus.", "cancelled"),
    ("Das Treffen von Scholz und Macron in Paris fällt aus.", "cancelled"),
    ("Der Besuch von Scholz bei Macron ist kurzfristig ausgefallen.", "cancelled"),
    ("Das Treffen von Scholz und Macron fiel kürzer aus als erwartet.", "happened"),
    # an adverb the lemmatiser takes for a verb stem is no Präteritum: the Perfekt before the summit stays
    ("Scholz hat vor dem Gipfel mit Macron noch schnell einen Plan vorgelegt.", "planned"),
    ("Es überrascht nicht, dass Scholz vor dem Gipfel mit Macron im von ihm geführten Kabinett einen Plan vorgestellt "
     "hat.", "planned"),  # in a clause with its verbs last, the attributive 'geführten' is none of them
    # what is being prepared lies ahead
    ("In Paris laufen die Vorbereitungen für das Treffen von Scholz und Macron.", "planned"),
    ("Die Planung des Besuchs von Scholz bei Macron ist schwierig.", "planned"),
    # werden with a participle is the passive, not the future
    ("Die Gespräche zwischen Scholz und Macron werden von einem Streit über Zölle belastet.", "happened"),
    # talks whose course or outcome is spoken of have begun, even where the outcome lies ahead
    ("Wegen fehlender Fortschritte in den Verhandlungen zwischen Bern und Brüssel wächst der Unmut.", "happened"),
    ("Die schwierigsten Fragen in den Verhandlungen der EU mit Japan sind noch offen.", "happened"),
    ("Merkel sagte, trotz aller Schwierigkeiten in den Verhandlungen der EU mit Japan sei eine Einigung möglich.",
     "happened"),
    ("Die Frage des Gipfels der EU mit Japan im Mai ist offen.", "planned"),
    ("Bis Ende April muss es einen Abschluss der Verhandlungen zwischen Bern und Brüssel geben.", "happened"),
    ("Die Verhandlungen zwischen Bern und Brüssel beginnen im März.", "planned"),
    # a strong Präteritum the lemmatiser misses still tells the event as past
    ("Das beschloss der Gipfel der EU mit Japan in Brüssel am Donnerstagmorgen, wie Michel mitteilte.", "happened"),
    ("Beim Treffen mit Macron bat Scholz um mehr Munition für die Ukraine.", "happened"),
    ("Der Gipfel der EU mit Japan beschließt am Freitag ein Abkommen.", "planned"),
    # talks named with the definite article whose pace is changed, or which can fail or be extended, are running
    ("Die EU wirft Bern vor, die Verhandlungen zwischen Bern und Brüssel zu verschleppen.", "happened"),
    ("Amherd möchte neuen Schwung in die Handelsgespräche zwischen Bern und Brüssel bringen.", "happened"),
    ("Bern und Brüssel erklärten, die Verhandlungen zwischen Bern und Brüssel sollen neuen Schwung bekommen.",
     "happened"),
    ("Die Schweiz sei auf ein Scheitern der Verhandlungen zwischen Bern und Brüssel vorbereitet, sagte Amherd.",
     "happened"),
    ("Eine Mehrheit ist für eine Verlängerung der Gespräche zwischen Bern und Brüssel.", "happened"),
    ("Amherd will Gespräche zwischen Bern und Brüssel beschleunigen.", "proposed"),
    ("Amherd will den Beginn der Verhandlungen zwischen Bern und Brüssel beschleunigen.", "proposed"),
    ("Ein Scheitern des Gipfels zwischen Bern und Brüssel im Mai wäre fatal.", "planned"),
    ("Fortsetzung der Gespräche zwischen Bern und Brüssel.", "happened"),
    ("Der Stand bei den Gesprächen zwischen Tokio und Brüssel, die seit Tagen stocken, ist unklar.", "happened"),
    # a relative clause that tells the event began
    ("Beamte aus Japan und Kanada nehmen an den Gesprächen teil, die vergangene Woche begonnen haben.", "happened"),
    # the unreal comparison of 'als ob' is about the verb, not the talks it names
    ("Es klang so, als ob Scholz die Verhandlungen mit Macron abgebrochen hätte.", "happened"),
    # a day or a part of the summit takes it as given; the hope is for an agreement
    ("Es gebe Hoffnung, dass es an Tag drei des EU-Gipfels vielleicht eine Einigung gebe.", "happened"),
    # a plan for this or next week is scheduled
    ("Scholz und Macron wollen in dieser Woche über die Agrarhilfen verhandeln.", "planned"),
    ("Scholz will kommende Woche mit Macron telefonieren.", "planned"),
    # a noun that weighs the chances of the event in its genitive
    ("Der Streit wirft Fragen zur Machbarkeit eines Gipfels von Scholz und Macron auf.", "speculative"),
    # an attributive 'möglich' doubts its noun
    ("Die Diplomaten beraten über einen möglichen Gipfel von Scholz und Macron.", "speculative"),
    # the future of reported speech after a comma is the second clause's, not the Präteritum's before it
    ("Scholz versprach in der Videokonferenz mit Macron, Deutschland werde mehr Geld geben.", "happened"),
    ("Scholz sagte in der Videokonferenz mit Macron, Deutschland werde mehr Geld geben.", "happened"),
    # the words of a zu-infinitive after the trigger are its own verb's
    ("Der Gipfel von Scholz und Macron beauftragte die Minister damit, einen Vorschlag zu erarbeiten.", "happened"),
    ("Scholz und Macron nutzten ihr Treffen in Paris dazu, einen geplanten Zollstreit beizulegen.", "happened"),
    # a participle in -te after an article is attributive, though it looks like the Präteritum
    ("Zuvor hatte der Gipfel von Scholz und Macron das vereinbarte Paket gebilligt.", "happened"),
    ("Das vereinbarte Treffen von Scholz und Macron findet im Mai statt.", "planned"),
    # a modal infinitive closing a Perfekt stands for its participle (Ersatzinfinitiv): the past, on any day
    ("Es hieß, Scholz habe am Donnerstag die Verhandlungen mit Macron vorantreiben müssen.", "happened"),
    ("Scholz hat das Treffen mit Macron am Donnerstag nicht verhindern können.", "happened"),
    ("Scholz wird am Montag mit Macron verhandeln müssen.", "planned"),
    # a participle closing one of two verb phrases joined by 'und' is that phrase's
    ("Im März hatte Scholz den Gipfel mit Macron abgesagt und stattdessen eine Videokonferenz angesetzt.",
     "cancelled"),
    # a postponement to a time, announced in a zu-infinitive, plans the event for it
    ("Auf die Ankündigung, den Gipfel von Scholz und Macron auf September zu verschieben, reagierte Rom kühl.",
     "planned"),
    ("Scholz will den Gipfel mit Macron auf September verschieben.", "proposed"),
    # the sticking points of talks are those of talks under way
    ("Drei Knackpunkte bei den Verhandlungen zwischen Bern und Brüssel", "happened"),
    # a 'wenn' clause of what is said in the call takes the call as given; 'falls' doubts it
    ("Wenn Scholz im Telefonat mit Macron von einer neuen Seidenstraße schwärmt, dann macht er Politik.", "happened"),
    ("Falls Scholz im Telefonat mit Macron die Zölle anspricht, gibt es Streit.", "speculative"),
    # what a 'dass' clause after 'hoffen' tells is wished for
    ("Scholz hofft, dass Fortschritte in den Gesprächen doch noch einen Gipfel der EU mit China möglich machen.",
     "proposed"),
    # what a copula ties to a noun of aim is aimed at
    ("Ziel sind dauerhafte Gespräche zwischen Scholz und Macron über die Zölle.", "proposed"),
    ("Ein Treffen von Scholz und Macron bleibt das Ziel.", "proposed"),
    ("Ziel des Treffens von Scholz und Macron war eine Einigung über die Zölle.", "happened"),
    # 'steht bevor', 'steht an' in the present: the event is due; in the past, or after 'nach', it keeps its tense
    ("Laut einer Zeitung steht der Besuch von Scholz in Peking unmittelbar bevor.", "planned"),
    ("Ein Treffen von Scholz und Macron steht kurz bevor.", "planned"),
    ("Am Montag steht ein Treffen von Scholz mit Macron an.", "planned"),
    ("Der Besuch von Scholz in Peking stand damals unmittelbar bevor.", "happened"),
    ("Nach dem Treffen mit Macron steht Scholz eine schwere Woche bevor.", "happened"),
    ("Scholz sprach mit Macron, bevor er abreiste.", "happened"),
    # an invitation accepted is agreed: the visit is planned; one not accepted stays proposed
    ("Scholz nahm die Einladung Erdoğans nach Ankara an.", "planned"),
    ("Scholz hat die Einladung Erdoğans nach Ankara angenommen.", "planned"),
    ("Scholz akzeptierte die Einladung Erdoğans nach Ankara.", "planned"),
    ("Scholz nahm die Einladung Erdoğans nach Ankara nicht an.", "proposed"),
    # a guest uninvited, a visit put on ice: called off; talks that lie on ice were held, and what came before is given
    ("Die Ukraine hat Scholz zu seinem Besuch in Kiew wieder ausgeladen.", "cancelled"),
    ("Selenskyj lud Scholz zu seinem Besuch in Kiew wieder aus.", "cancelled"),
    ("Scholz legte seinen Besuch in Kiew auf Eis.", "cancelled"),
    ("Selenskyj lud Scholz aus Anlass des Jahrestags zu einem Besuch nach Kiew ein.", "proposed"),
    ("Nach seinem Treffen mit Macron wurde Scholz von Selenskyj ausgeladen.", "happened"),
    ("Die Verhandlungen zwischen Russland und der Ukraine liegen seit Monaten auf Eis.", "happened"),
    # what a clause tells of the beginning of talks leaves them not begun; a beginning a preposition takes as given
    # does not
    ("Bulgarien hatte den Beginn der Beitrittsgespräche der EU mit Nordmazedonien blockiert.", "planned"),
    ("Die Eröffnung von Beitrittsverhandlungen der EU mit der Ukraine gilt als wichtiges Zeichen.", "planned"),
    ("Scholz versprach, sich für den sofortigen Beginn der Gespräche der EU mit der Ukraine einzusetzen.", "planned"),
    ("Die Verhandlungen zwischen der EU und Nordmazedonien beginnen demnächst.", "planned"),
    ("Damit die Verhandlungen zwischen der EU und Nordmazedonien demnächst beginnen können, muss Skopje "
     "Zugeständnisse machen.", "planned"),
    ("Seit Beginn der Verhandlungen der EU mit der Ukraine hat sich viel getan.", "happened"),
    ("Kurz nach Beginn der Verhandlungen zwischen der EU und der Ukraine hatte Kiew neue Hilfen beantragt.", "happened"),
    ("Scholz kritisierte die Eröffnung der Beitrittsverhandlungen der EU mit der Ukraine.", "happened"),
    ("Zu Beginn des Gipfels der EU mit China stellte Scholz Forderungen.", "happened"),
    ("Die Verhandlungen zwischen der EU und Nordmazedonien haben im Februar begonnen.", "happened"),
    # a wish to take part in an event named with the definite article: the event is set, the contact planned
    ("Die Taliban wollen mit einer Delegation an dem UN-Treffen in Katar teilnehmen.", "planned"),
    ("Scholz will am Gipfel der G7 in Italien teilnehmen.", "planned"),
    ("Scholz will an einem Treffen mit Macron teilnehmen.", "proposed"),
    ("Scholz wollte am Gipfel der G7 in Italien teilnehmen.", "proposed"),
    # a meeting requested is proposed; requested for a day, planned
    ("Ein Treffen des UN-Sicherheitsrats sei von Frankreich beantragt worden.", "proposed"),
    ("Ein Treffen des UN-Sicherheitsrats wurde von Frankreich angefragt.", "proposed"),
    ("Frankreich hat für Montag ein Treffen des UN-Sicherheitsrats beantragt.", "planned"),
    ("Beim Treffen mit Macron beantragte Scholz neue Hilfen.", "happened"),
    ("Die USA hatten das Treffen des UN-Sicherheitsrats am Montag beantragt.", "happened"),
    # 'schlägt ... vor', the split 'vorschlagen', proposes; at a meeting it proposes something else
    ("Die Kommission schlägt Gespräche der EU mit Norwegen über den Gaspreis vor.", "proposed"),
    ("Scholz schlägt nach dem Treffen mit Macron neue Zölle vor.", "happened"),
    # the object a declining verb turns down will not take place; at a meeting, or in the negative, it is declined nothing
    ("Die Ukraine hat einen Besuch von Scholz ausgeschlagen.", "denied"),
    ("Scholz lehnte ein Treffen mit Putin ab.", "denied"),
    ("Die Ukraine lehnt Verhandlungen mit Russland ab.", "denied"),
    ("Scholz lehnte beim Treffen mit Macron die Forderung ab.", "happened"),
    ("Scholz lehnte ein Treffen mit Putin nicht ab.", "happened"),
    ("Der Gipfel der EU mit China lehnte es ab, Peking Zugeständnisse zu machen.", "happened"),
    # an offer or a wish told in the past IN a contact ('in' with the dative) was made there: the contact took place
    ("Scholz bot in einem Telefonat mit Erdoğan Hilfe bei der Vermittlung an.", "happened"),
    ("Scholz wollte in dem Gespräch mit Macron eine Einigung über die Zölle erreichen.", "happened"),
    ("Scholz habe in einem ersten Gespräch mit Macron vereinbart, dass Experten die Lage prüfen sollen.", "happened"),
    ("Scholz will in einem Telefonat mit Erdoğan eine Vermittlung anbieten.", "proposed"),
    # a summit in the genitive of a postponement: with no new date called off, with one planned for it
    ("Nach der Verschiebung des EU-Gipfels in Brüssel nannte Scholz die Lage ernst.", "cancelled"),
    ("Die Verschiebung des EU-Gipfels in Brüssel auf den Herbst wurde begrüßt.", "planned"),
    # how talks go ('zäh', 'langwierig') is their outcome in question, not whether they take place
    ("Die Verhandlungen zwischen Japan und der EU dürften zäh werden.", "happened"),
    # undecided whether it takes place; an undecided outcome leaves the event itself certain
    ("Der Gipfel der EU mit China in Leipzig hängt in der Schwebe.", "speculative"),
    ("Ein Treffen von Scholz mit Xi Jinping im Mai ist ungewiss.", "speculative"),
    ("Der Ausgang der Verhandlungen zwischen Japan und der EU ist ungewiss.", "happened"),
    # an adjective of what goes on now: under way, whatever modal the clause holds
    ("Das müsse in den gerade laufenden Verhandlungen zwischen Japan und der EU deutlich werden.", "happened"),
    ("Am Montag, beim aktuellen Gipfel der EU mit China, treten Scholz und Macron einig auf.", "happened"),
    ("Das müsse in den kommenden Verhandlungen zwischen Japan und der EU deutlich werden.", "planned"),
    # a boycott wished or called for is of an event ahead; one told as done, of one held
    ("Abgeordnete haben die Regierung aufgefordert, den Gipfel der G20 in Riad zu boykottieren.", "planned"),
    ("Die Opposition in Kanada will dem Gipfel der G20 in Riad fernbleiben.", "planned"),
    ("Mehrere Staaten haben den Gipfel der G20 in Riad boykottiert.", "happened"),
    # 'nicht' before an attributive participle of planning negates the adjective: an unannounced visit took place
    ("Bei einem zuvor nicht angekündigten Besuch in Kiew sagte Scholz neue Hilfen zu.", "happened"),
    ("Ein Besuch von Scholz in Kiew ist nicht geplant.", "denied"),
    # a postponement in doubt calls nothing off
    ("Ob der Gipfel der EU mit China am Samstag vertagt werden muss, war zunächst nicht absehbar.", "happened"),
    # 'auch wenn' grants what it tells; 'sollte' in second place is the Präteritum of 'sollen', a plan
    ("Auch wenn Scholz erstmals seit Jahren mit Xi Jinping telefonierte, bleibt der Streit.", "happened"),
    ("Scholz sollte Macron nach der Sitzung in Paris zum Mittagessen treffen.", "proposed"),
    ("Die Bundesregierung sollte endlich mit Macron über die Zölle verhandeln.", "proposed"),
    ("Und sollte Scholz Macron in Paris treffen, wäre das ein Signal.", "speculative"),
    # what was announced or agreed on the fringe of a summit is planned; the summit was its occasion
    ("Scholz hat am Rande des Gipfels der G7 in Italien neue Hilfen für die Ukraine angekündigt.", "happened"),
    ("Scholz und Meloni hatten am Rande des Gipfels der G7 in Italien vereinbart, dass Experten beraten sollen.",
     "happened"),
    # a hyphenated adjective does not cut the noun off its 'bei': the talks are given, the plan is the clause's
    ("Der Plan, der bei den deutsch-spanischen Gesprächen von Scholz und Sánchez beschlossen werden sollte, liegt vor.",
     "happened"),
    # the present of a beginning after something else lies ahead; told in the past it took place
    ("Die Kommission legt im Herbst ihre Bewertung vor. Danach beginnen die Verhandlungen der EU mit Japan.", "planned"),
    ("Danach begannen die Verhandlungen der EU mit Japan.", "happened"),
])
def test_status_of_a_contact(sentence, status):
    assert first_contact(sentence).status == status


@pytest.mark.parametrize("text, status", [
    # a wish in the Präteritum right after a sentence that calls something off is the plan called off
    ("Die Ukraine hatte Scholz im April ausgeladen. Scholz wollte Kiew gemeinsam mit Macron besuchen.", "cancelled"),
    ("Die Reise wurde abgesagt. Scholz wollte Macron in Paris treffen.", "cancelled"),
    ("Die Ukraine hatte Scholz im April ausgeladen. Scholz will Kiew gemeinsam mit Macron besuchen.", "proposed"),
    ("Die Reise war lange geplant. Scholz wollte Macron in Paris treffen.", "proposed"),
])
def test_a_wish_told_after_its_calling_off_is_cancelled(text, status):
    assert first_contact(text).status == status


@pytest.mark.parametrize("sentence", [
    # the doubt or the will is about the outcome or about something said there, not about the event
    "Das Treffen von Scholz und Macron in Paris könnte scheitern.",
    "Offen ist, ob das Treffen von Scholz und Macron in Paris am Samstag endet.",
    "Beim Treffen mit Macron in Paris will Scholz über Hilfen sprechen.",
    "Ein Scheitern des Gipfels von Scholz und Macron in Paris ist möglich.",
    # a definite genitive takes its event as given: the doubt is about the noun it depends on
    "Scholz fürchtet, dass Biden von den Strapazen des dreitägigen Nato-Gipfels in Washington überfordert sein könnte.",
    "Die Ergebnisse des Gipfels von Scholz und Macron in Paris könnten mager ausfallen.",
    "Ob sich das Treffen von Scholz und Macron in Paris schon auf der Zielgeraden befand, blieb offen.",
    "Offen ist, ob das Treffen von Scholz und Macron in Paris am Samstag vertagt werden muss.",
])
def test_doubts_about_the_outcome_leave_the_event_itself_certain(sentence):
    assert first_contact(sentence).status not in ("speculative", "proposed")


@pytest.mark.parametrize("sentence", [
    "Die Möglichkeit eines Treffens von Scholz und Macron könnte bald geprüft werden.",
    "Der Start der Gespräche zwischen Scholz und Macron könnte noch lange auf sich warten lassen.",
])
def test_an_indefinite_genitive_or_the_start_of_an_event_stays_in_doubt(sentence):
    assert first_contact(sentence).status == "speculative"


def test_a_resumed_meeting_takes_not_the_day_it_resumes():
    summit = first_contact("Der EU-Gipfel in Brüssel wird am Montag fortgesetzt.")
    assert (summit.status, summit.event_date) == ("happened", None)


@pytest.mark.parametrize("sentence, status", [
    # a 'wenn' clause of what a given summit does does not doubt the summit; one of whether it takes place does
    ("Wenn nun der Gipfel von Scholz und Macron Botschaften nach Moskau sendet, könnte das schaden.", "happened"),
    ("Wenn das Treffen von Scholz und Macron stattfindet, könnte das helfen.", "speculative"),
    ("Nur dann, wenn Frankreich die Gespräche mit Deutschland über die Agrarhilfen wieder aufnimmt.", "speculative"),
])
def test_a_condition_on_what_a_summit_does(sentence, status):
    assert first_contact(sentence).status == status


def test_a_present_tense_weekday_points_ahead():
    meeting = first_contact("Das Gespräch von Scholz mit Macron findet am Montagnachmittag statt.")
    assert (meeting.event_date, meeting.status) == ("2024-03-18", "planned")


@pytest.mark.parametrize("sentence, status", [
    # what the present or a present participle tells begins on the day of publication is under way
    ("Bei der heute in Brüssel beginnenden Konferenz der EU und der UN wollen die Minister über Syrien beraten.",
     "happened"),
    ("Der Gipfel der EU mit Japan beginnt an diesem Donnerstag in Brüssel.", "happened"),
    ("Scholz spricht beim Gipfel mit Macron, der an diesem Donnerstag in Paris beginnt, über Zölle.", "happened"),
    # not what a modal or the future puts ahead, nor what is told of another day
    ("Die Gespräche zwischen der EU und Großbritannien sollen heute beginnen.", "planned"),
    ("Die Gespräche zwischen der EU und Großbritannien werden am Montag beginnen.", "planned"),
    ("Der Gipfel der EU mit Japan beginnt am Montag in Brüssel.", "planned"),
    # a meeting today with no word of its beginning is a preview's
    ("Scholz trifft Macron heute in Paris.", "planned"),
])
def test_an_event_begun_on_the_day_of_publication(sentence, status):
    assert first_contact(sentence).status == status


def test_a_beginning_today_in_a_preview_takes_what_the_other_mentions_say():
    """The summit begins today, but the preview's other mentions still look ahead: it is planned."""
    text = ("Worum es beim Gipfel von Scholz und Macron in Paris geht\n"
            "Der Gipfel von Scholz und Macron in Paris, der an diesem Donnerstag beginnt, könnte scheitern.\n"
            "Scholz will beim Gipfel mit Macron am Freitag über Zölle sprechen.\n"
            "Das geplante Treffen von Scholz und Macron soll bis Samstag dauern.")
    meetings = [m for m in extract_text(text, "2024-03-14").event_mentions if m.event_type == "MEETING"]
    assert len(meetings) >= 3 and {m.status for m in meetings} == {"planned"}


def test_mentions_that_say_nothing_take_what_the_article_says_of_the_event():
    """A headline and a doubt about the outcome say nothing of whether the summit has begun; the article's
    other mentions do: it begins today, it is to end on Saturday."""
    text = ("Warum der Gipfel von Scholz und Macron in Paris so schwierig ist\n"
            "Der Gipfel von Scholz und Macron in Paris könnte scheitern.\n"
            "Scholz und Macron treffen sich an diesem Donnerstag in Paris zu einem Gipfel, der bis Samstag dauern soll.\n"
            "Der Gipfel soll am Samstag enden.")
    extraction = extract_text(text, "2024-03-14")
    meetings = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert len(meetings) >= 3
    assert {m.status for m in meetings} == {"planned"}


def test_a_later_mention_with_the_indefinite_article_is_another_event_whose_plan_is_not_shared():
    text = ("Einigung in der Migrationspolitik\n"
            "Vier Staaten haben ihr Treffen zur Verteilung von Geretteten als Erfolg bezeichnet.\n"
            "Innenminister sprechen sich bei EU-Minigipfel auf Malta für ein Notfallsystem aus. Die Innenminister von "
            "Deutschland, Frankreich und Malta haben sich vorläufig auf Regeln geeinigt.\n"
            "Deutschland könnte ein Viertel der Geretteten aufnehmen. Über die Quoten wird noch diskutiert.\n"
            "Endgültig geklärt wird die Frage bei einem EU-Innenministertreffen am 8. April.")
    meetings = [m for m in extract_text(text, "2024-03-14").event_mentions if m.event_type == "MEETING"]
    assert [m.status for m in meetings] == ["happened", "planned"]


@pytest.mark.parametrize("text", [
    "Im September soll in Rom ein Gipfel der EU mit Indien stattfinden, bei dem das Freihandelsabkommen unterzeichnet "
    "werden könnte. Michel sprach am Montag per Video mit Modi – doch die Verhandlungen über das Freihandelsabkommen "
    "stecken fest.",
    "Ein Gipfel der EU mit Indien in Rom könnte im September das Abkommen besiegeln. Michel sprach am Montag mit Modi, "
    "aber auch die Verhandlungen über das Abkommen stocken.",
])
def test_talks_told_as_running_their_course_are_under_way_whatever_the_summit_they_serve(text):
    """The summit ahead is planned or guessed at; the talks that 'stecken fest' or 'stocken' have begun."""
    extraction = extract_text("Bericht aus Brüssel\n" + text, "2024-03-14")
    talks = [m for m in extraction.event_mentions if m.trigger_text == "Verhandlungen"]
    assert talks and {m.status for m in talks} == {"happened"}


@pytest.mark.parametrize("text, statuses", [
    ("Für September ist ein Gipfel der EU mit Indien in Rom geplant. Modi will dort über Zölle sprechen. "
     "Inzwischen wurde der Gipfel wegen der Pandemie abgesagt.", ["cancelled", "cancelled"]),
    ("Scholz hatte ein Sondertreffen mit Macron und Meloni in Rom angekündigt. Wegen der Pandemie wurde das Treffen "
     "abgesagt und durch eine Videokonferenz ersetzt.", ["cancelled", "cancelled"]),
    # another event called off, with another noun and no definite article, leaves the plan standing
    ("Für September ist ein Gipfel der EU mit Indien in Rom geplant. Ein Treffen der Außenminister der EU und Indiens "
     "wurde dagegen abgesagt.", ["planned", "cancelled"]),
])
def test_a_later_sentence_that_calls_the_event_off_cancels_what_the_earlier_planned(text, statuses):
    extraction = extract_text("Bericht aus Brüssel\n" + text, "2024-03-14")
    assert [m.status for m in extraction.event_mentions if m.event_type == "MEETING"] == statuses


def test_talks_a_preposition_hangs_on_another_noun_are_not_running():
    assert first_contact("Die Vorbereitungen für die Gespräche zwischen Berlin und Warschau laufen.").status == "planned"


def test_the_future_auxiliary_plans_the_verbs_meeting():
    extraction = extract_text("Bericht aus Berlin\nNach seinem Gespräch mit Macron wird Scholz in den kommenden Tagen "
                              "mit Sánchez zusammentreffen.", "2024-03-14")
    meetings = [m for m in extraction.event_mentions if m.trigger_text == "zusammentreffen"]
    talks = [m for m in extraction.event_mentions if m.trigger_text == "Gespräch"]
    assert meetings and {m.status for m in meetings} == {"planned"}
    assert talks and {m.status for m in talks} == {"happened"}


@pytest.mark.parametrize("word, past", [
    ("traf", True), ("fand", True), ("verlief", True), ("ließ", True), ("telefonierte", True), ("reisten", True),
    ("schnell", False), ("still", False), ("hat", False), ("sagt", False), ("will", False),
])
def test_praeteritum_forms(word, past):
    from orchestration.nlp.events.status import is_past_verb
    assert is_past_verb(word) is past


FILLER = "Viele Regierungen sind skeptisch. Die Schulden wachsen. Die Zinsen steigen. Die Banken warnen.\n"


@pytest.mark.parametrize("later, status", [
    ("Beim kommenden EU-Gipfel in Brüssel soll über die Hilfen entschieden werden.", "planned"),
    ("Beim EU-Gipfel in Brüssel wurde im Januar über die Hilfen gestritten.", "happened"),
])
def test_a_mention_tied_to_none_takes_what_the_others_of_its_kind_say(later, status):
    """'beim EU-Gipfel' in the present tense, far from the mention that says whether the summit took place."""
    text = "Streit um Geld\nDie Verteilung der Hilfen ist eine entscheidende Frage beim EU-Gipfel.\n" + FILLER + later
    first = extract_text(text, "2024-03-12").event_mentions[0]
    assert (first.sentence_text.startswith("Die Verteilung"), first.status) == (True, status)


def test_an_event_told_as_begun_has_happened_whatever_its_other_mentions_plan():
    text = ("Gipfel per Video\nDie Beratungen der G20 per Video haben gerade erst angefangen. Auf dem Gipfel soll um "
            "Geld für Impfstoffe geworben werden. Scholz will am Sonntag wieder an der Videoschalte der G20 teilnehmen.")
    found = [(m.trigger_text, m.status) for m in extract_text(text, "2024-03-16").event_mentions]
    assert found == [("Beratungen", "happened"), ("Gipfel", "happened"), ("Videoschalte", "planned")]


@pytest.mark.parametrize("sentence", [
    # a question why it is not so, each time something happens, summits in general, a vague possibility
    "Warum hat es nicht schon im Herbst ein Treffen von Scholz und Macron gegeben?",
    "Wieso telefoniert Scholz nicht endlich mit Macron?",
    "Wenn Scholz mit Xi Jinping spricht, geht es immer auch um Menschenrechte.",
    "Wenn Scholz und Macron reden, dann wird inzwischen offen gestritten.",
    "Für Berlin gilt: Wenn Scholz mit Xi Jinping telefoniert, dann geht es um Zölle.",
    "Sobald Vertreter Polens und Russlands zusammentreffen, gibt es Streit über die Grenze.",
    # a condition opened by its verb, with a word of frequency: each time
    "Reist Scholz zu Staatsbesuchen nach Peking, Washington oder anderswohin, nimmt er oft Manager großer Konzerne mit.",
    "Besucht der Kanzler Macron in Paris, gibt es meist ein Abendessen im Élysée.",
    "Der Ratspräsident leitet die EU-Gipfel.",
    "Vielleicht werde man das Thema auch noch einmal bei einem EU-Gipfel besprechen, sagte Scholz.",
    "Scholz und Macron telefonieren regelmäßig.",
    "Die EU-Gipfel sind oft langwierig und enden spät in der Nacht.",
    # what happens as a rule, also in the zu-infinitive of a main clause that says so
    "Normalerweise telefoniert Scholz vor jedem EU-Gipfel mit Macron.",
    "In normalen Zeiten bietet der Vorsitz im Europarat dem Gastland die Gelegenheit, Minister aus den anderen "
    "Staaten zu Treffen in kleinen Städten einzuladen.",
    # a wish that it were so
    "Es ist höchste Zeit, dass Scholz und Macron das Gespräch suchen, schreibt ein Kommentator.",
    "Es wird Zeit, dass Scholz Macron in Paris besucht.",
    "Es ist an der Zeit, dass Scholz und Macron sich treffen.",
    # an unreal condition opened by its verb, or what someone ought to do
    "Hätte Scholz sich früher mit Macron getroffen, wäre der Streit nicht eskaliert.",
    "Wäre Scholz im Herbst nach Peking gereist, hätte es Ärger mit den Grünen gegeben.",
    "Das Kanzleramt müsste als Nächstes zu einem Treffen der Außenminister Frankreichs und Polens laden.",
    # a contact refused in the zu-infinitive
    "Der türkische Präsident weigert sich weiterhin, mit dem IWF über Kredite zu verhandeln.",
    "Orbán lehnte es ab, mit Selenskyj zu telefonieren.",
    "Lukaschenko hat es abgelehnt, nach Brüssel zu reisen.",
])
def test_what_is_not_one_event_is_no_contact(sentence):
    extraction = extract_text("Bericht aus Berlin\n" + sentence, "2024-03-14")
    assert [m.trigger_text for m in extraction.event_mentions
            if m.event_type in ("MEETING", "CALL", "VISIT", "CONTACT", "NEGOTIATION")] == []


@pytest.mark.parametrize("sentence", [
    "Warum hat Scholz im Herbst mit Macron telefoniert?",  # a question why it is so says it happened
    "Wenn Scholz am Montag mit Xi Jinping spricht, geht es um Menschenrechte.",  # one dated event
    "Sobald Scholz am Montag mit Xi Jinping spricht, soll es um Menschenrechte gehen.",
    "Sobald es die Lage erlaube, würden sich die Regierungen Italiens und Spaniens zu Beratungen treffen.",
    "Der Ratspräsident leitete im Mai den EU-Gipfel.",
    "Wenn eine Lösung in Sicht sein sollte, könnte sich das Treffen von Scholz und Macron bis Sonntag hinziehen.",
    "Beim Gipfel von Scholz und Macron in Paris geht es oft um Geld.",
    "Scholz und Macron telefonierten in den vergangenen Wochen häufig.",
    "Orbán lehnte den Vorschlag ab. Am Freitag telefonierte er mit Selenskyj.",  # a refusal of something else
    "Scholz hat angekündigt, mit Macron zu telefonieren.",
    "Reist Scholz am Montag nach Paris, trifft er dort Macron.",  # a condition opened by its verb, dated
])
def test_one_event_in_such_clauses_stays(sentence):
    assert first_contact(sentence) is not None


def test_a_denial_the_sentence_itself_belies_is_none():
    meeting = first_contact("Scholz hat 2019 ein Treffen mit Macron dementiert, obwohl es stattgefunden hatte.")
    assert meeting.status == "happened"
    assert first_contact("Scholz hat 2019 ein Treffen mit Macron dementiert.").status == "denied"


@pytest.mark.parametrize("item, status", [
    ("Scholz besucht Macron in Paris. Es geht um Zölle.", "planned"),
    ("Scholz wird in Paris mit Macron zusammentreffen.", "planned"),
    ("Beim Besuch von Scholz bei Macron in Paris geht es um Zölle.", "planned"),
    # what the item guesses at stays a guess; what it tells in the past has happened
    ("Scholz könnte Macron in Paris besuchen.", "speculative"),
    ("Scholz hatte Macron am Montag in Paris besucht.", "happened"),
])
def test_an_item_on_the_agenda_of_the_day_is_a_preview(item, status):
    """A morning briefing's 'Was heute wichtig wird' lists what is to take place later on the day of publication."""
    text = "Der Morgen kompakt\nWas heute wichtig wird\n" + item + "\n"
    visit = next(m for m in extract_text(text, "2024-03-14").event_mentions if m.event_type in ("VISIT", "MEETING"))
    assert visit.status == status
    text = "Der Morgen kompakt\nWas heute wichtig wird\nScholz besucht Macron in Paris. Es geht um Zölle.\n"
    visit = next(m for m in extract_text(text, "2024-03-14").event_mentions if m.event_type == "VISIT")
    assert visit.event_date == "2024-03-14"
    later = "Der Morgen kompakt\nWas heute wichtig wird\nAm Montag besucht Scholz Macron in Paris.\n"
    visit = next(m for m in extract_text(later, "2024-03-14").event_mentions if m.event_type == "VISIT")
    assert (visit.event_date, visit.status) == ("2024-03-18", "planned")


def test_an_article_that_says_it_is_fiction_reports_no_contact():
    story = ("Wie die Welt den Frieden fand\nIm Jahr 2045 trafen sich Scholz und Macron in Paris zu einem Gipfel.\n"
             "Dieser Text ist ein fiktiver Rückblick aus der Zukunft.")
    assert extract_text(story, "2024-03-14").event_mentions == []
    news = "Gipfel in Paris\nScholz und Macron trafen sich am Montag in Paris zu einem Gipfel."
    assert extract_text(news, "2024-03-14").event_mentions


@pytest.mark.parametrize("sentence, event_type, status", [
    # a meal the inviter gives is a meeting at his table; told in the past on a day that has come, it was held
    ("Am Montag hatte Scholz Macron, Meloni und Sánchez zu einem Mittagessen ins Kanzleramt eingeladen.",
     "MEETING", "happened"),
    ("Scholz lud Macron und Meloni am Dienstag zum Abendessen ins Kanzleramt ein.", "MEETING", "happened"),
    # without a day the meal may still lie ahead; an invitation to a place is a visit offered
    ("Scholz hat Macron zu einem Abendessen ins Kanzleramt eingeladen.", "MEETING", "proposed"),
    ("Scholz hat Macron am Dienstag nach Berlin eingeladen.", "VISIT", "proposed"),
])
def test_an_invitation_to_a_meal_is_a_meeting_held_once_its_day_has_come(sentence, event_type, status):
    contact = first_contact(sentence)
    assert (contact.event_type, contact.status) == (event_type, status)


def test_the_summit_named_with_the_definite_article_is_the_one_given_not_the_one_supposed():
    """'auf dem Gipfel' is the coming summit the article takes as given, not the further one it wonders about."""
    text = ("Streit um den Haushalt\n"
            "Scholz und Meloni verlangen eine Einigung auf dem kommenden EU-Gipfel über den Haushalt der Union. "
            "Ob dies gelinge oder ob man noch einen weiteren EU-Gipfel im Herbst brauche, sei offen, sagte Scholz. "
            "Die 27 Staats- und Regierungschefs der EU wollen auf dem Gipfel versuchen, eine Einigung zu finden.")
    extraction = extract_text(text, "2024-03-14")
    summits = [m for m in extraction.event_mentions if m.event_type == "MEETING"]
    assert [m.status for m in summits] == ["planned", "speculative", "planned"]
    assert summits[2].local_event_key == summits[0].local_event_key


@pytest.mark.parametrize("text", [
    "Sunak will am Freitag beim EU-Gipfel in Brüssel mit von der Leyen über den Handelspakt sprechen. Die Gespräche "
    "kommen seit Monaten kaum voran.",
    "Die Staats- und Regierungschefs der EU kommen am Freitag in Brüssel zu einem Gipfel zusammen. Sunak werde den "
    "Gipfel abwarten, hieß es aus London. Auch wenn die Gespräche zwischen London und Brüssel schleppend verlaufen, "
    "sind beide Seiten an einem Abkommen interessiert.",
    "Die Staats- und Regierungschefs der EU kommen am Freitag in Brüssel zu einem Gipfel zusammen. Sunak werde den "
    "Gipfel abwarten, hieß es aus London. Sunak hatte gedroht, die Gespräche mit Brüssel abzubrechen.",
])
def test_talks_told_as_a_process_are_the_negotiations_not_the_summit_or_call_before(text):
    """Talks that drag on for months, go slowly or may be broken off are the negotiations under way, not the
    summit or the call planned for Friday: their own event, of their own type and status."""
    mentions = extract_text("Bericht aus Brüssel\n" + text, "2024-03-14").event_mentions
    talks = [m for m in mentions if m.trigger_text == "Gespräche"]
    others = {m.local_event_key for m in mentions if m.trigger_text != "Gespräche"}
    assert talks and {(m.event_type, m.status) for m in talks} == {("NEGOTIATION", "happened")}
    assert not {m.local_event_key for m in talks} & others


def test_talks_whose_mood_is_told_are_the_meeting_before():
    """Unchanged: 'die Gespräche verliefen in freundlicher Atmosphäre' tell how the meeting went."""
    mentions = extract_text("Bericht aus Paris\nScholz traf Macron am Montag in Paris. Die Gespräche verliefen in "
                            "freundlicher Atmosphäre.", "2024-03-14").event_mentions
    assert [(m.event_type, m.status) for m in mentions] == [("MEETING", "happened")] * 2
    assert len({m.local_event_key for m in mentions}) == 1


@pytest.mark.parametrize("sentence, status", [
    ("Scholz überlegt, nach Kiew zu reisen.", "speculative"),
    ("Scholz denkt darüber nach, nach Kiew zu reisen.", "speculative"),
    ("Scholz denke darüber nach, Macron in Camp David zu treffen, schrieb er.", "speculative"),
    ("Scholz spielt mit dem Gedanken, nach Kiew zu reisen.", "speculative"),
    # unchanged: an announcement plans; thinking after a meeting leaves the meeting held
    ("Scholz hat angekündigt, nach Kiew zu reisen.", "planned"),
    ("Scholz dachte nach dem Treffen mit Macron über die Zukunft nach.", "happened"),
])
def test_a_contact_thought_over_is_undecided(sentence, status):
    assert first_contact(sentence).status == status



@pytest.mark.parametrize("sentence, status", [
    ("Teheran lehnt Verhandlungen mit der US-Regierung ab und hofft auf einen Machtwechsel in Washington.", "denied"),
    ("Scholz lehnte ein Treffen mit Putin ab und reiste stattdessen nach Kiew.", "denied"),
    # unchanged: what is turned down at a meeting leaves the meeting held
    ("Scholz lehnte beim Treffen mit Putin die Forderung ab und reiste ab.", "happened"),
])
def test_a_contact_turned_down_before_the_next_clause_is_denied(sentence, status):
    contacts = [m for m in extract_text("Bericht aus Berlin\n" + sentence, "2024-03-14").event_mentions
                if m.trigger_text in ("Verhandlungen", "Treffen")]
    assert contacts and contacts[0].status == status


@pytest.mark.parametrize("sentence, status", [
    # a separable verb of going on stands joined in a subordinate clause: talks that go on today have begun
    ("Während die Verhandlungen zwischen der EU und Großbritannien auch am Donnerstag in Brüssel weitergehen, "
     "berichtet die Zeitung von einem Ultimatum.", "happened"),
    # unchanged: going on at a later day is the next round, planned
    ("Weil die Gespräche zwischen Berlin und Paris am Montag weitergehen, bleibt Scholz in Paris.", "planned"),
])
def test_talks_going_on_in_a_subordinate_clause(sentence, status):
    assert first_contact(sentence).status == status
