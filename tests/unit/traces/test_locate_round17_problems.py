"""Round 17 (problems) (``docs/locating.md``): the kinds missed on blind sets 40-47 in math word
problems, multiple choice, logic and code, each fixed as a rule and tested here on invented
traces (none taken from a held-out set, worded unlike them) in the R1, R1-Distill, QwQ, Qwen3
and Kimi styles, with guards where C must not grow:

* givens that open with words the model's moves share: a time phrase ("During the night ...",
  "By the end of the week ...", "So far ..."), the query's own "It is ..."; and givens whose
  summing word is the query's in other words ("add up to" for "combined"); and "Let me try to
  understand it." before the givens (:mod:`keysent.traces.givens`,
  :func:`keysent.traces.fillers.is_plan_filler`);
* the goal in Kimi's new forms: an article, the query's word in another form, a word of its own
  before the asked quantity, the asked quantity after *Find*, a terse question ("Earnings for
  Sunday?"), and cents retold as dollars (:mod:`keysent.traces.goal_forms`,
  :mod:`keysent.traces.numbers`);
* the query's question asked again with no content of its own ("Why does that happen?"), the
  speaker's puzzle in the user's voice ("I'm trying to figure out why."), and the model's own
  question that the query does not ask ("Which flood?") kept K
  (:func:`keysent.traces.goal_forms.echoes_query_question`,
  :mod:`keysent.traces.user_question`, :mod:`keysent.traces.material`).
"""

from __future__ import annotations

import pytest

from keysent.traces.fillers import is_plan_filler
from keysent.traces.givens import _aggregate_paraphrase, restates_problem_given
from keysent.traces.goal_forms import (
    echoes_query_question,
    restates_asked_goal,
    restates_terse_goal,
)
from keysent.traces.locate import locate_key_sentence
from keysent.traces.numbers import numbers_from
from keysent.traces.restatement import content_stems
from keysent.traces.user_question import wonders_as_user


def _k(text: str, query: str | None = None) -> str | None:
    return locate_key_sentence(text, query).key_sentence_text


# ------------------------------------------------------------------ queries of invented problems
Q_THERMO = ("Nadia's thermostat is set to 21 degrees. During the night the heating is off and the "
            "room loses 2 degrees an hour for 5 hours. How many degrees below the setting is the "
            "room by morning?")
Q_LIBRARY = ("A library lends 40 books on Monday. By the end of the week it has lent three times as "
             "many as on Monday. How many books did it lend after Monday?")
Q_PAGES = ("Ravi wants to read 300 pages this month. He has read 12 pages a day for 15 days. How "
           "many pages does he still have to read?")
Q_FERRY = ("It is Saturday and the ferry runs every 40 minutes from 8:00. It is now 9:50. How long "
           "until the next ferry?")
Q_TRAINS = ("Two trains leave a station in opposite directions. By the time the first has gone 90 "
            "km, the second has gone 60 km. How far apart are they then?")
Q_JARS = ("Three jars hold a combined 54 cookies. The first holds twice as many as the second, and "
          "the third holds 6. How many cookies are in the first jar?")
Q_GIFT = ("Four friends pool their money for a gift and have $84 combined. Each pays the same. How "
          "much does each friend pay?")
Q_RIBBON = ("A red and a blue ribbon have a combined length of 150 cm. The red one is 30 cm longer. "
            "How long is the blue ribbon?")
Q_FARM = ("A farmer keeps hens and goats, 20 animals in total, with 56 legs in total. How many "
          "goats does the farmer keep?")
Q_SHELF = ("A bookshelf has 5 shelves that hold 28 books in total. The top shelf holds 4. How many "
           "books are on the other shelves?")
Q_BAKE = ("A class baked 4 trays of 18 cupcakes for the bake sale and sold all but 9 of them. How "
          "many cupcakes were sold?")
Q_JAR_RED = "A jar has 30 marbles and 12 of them are red. What fraction of the marbles are red?"


# ------------------------------------- kind 1: givens opening with a time phrase or "It is"
GIVENS = [
    ("During the night the heating is off, and the room loses 2 degrees every hour for 5 hours.",
     Q_THERMO),
    ("By the end of the week it has lent three times as many as on Monday.", Q_LIBRARY),
    ("So far he has read 12 pages a day for 15 days.", Q_PAGES),
    ("It's Saturday, and right now it's 9:50.", Q_FERRY),
    ("By the time the first train has covered 90 km, the second has covered 60 km.", Q_TRAINS),
    ("Together they hold 54 cookies.", Q_JARS),
    ("Together the friends have $84.", Q_GIFT),
    ("The ribbons add up to 150 cm together.", Q_RIBBON),
    ("Altogether the shelves hold 28 books.", Q_SHELF),
]
NOT_GIVENS = [
    ("During the night the room loses 10 degrees in total.", Q_THERMO),  # 10: its own result
    ("By subtracting Monday's books from the total, the rest is clear.", Q_LIBRARY),  # a method
    ("So far that makes 180 pages.", Q_PAGES),  # 180: its own
    ("It's a simple ratio question.", Q_JAR_RED),  # the query says no "It is": a verdict
    ("It's a question of finding the next departure time.", Q_FERRY),  # words of its own
    ("All together that adds up to 90 cm.", Q_RIBBON),  # 90: its own
    ("Together the two of them are bigger than the first jar alone.", Q_JARS),  # a claim
]


@pytest.mark.parametrize("sentence,query", GIVENS)
def test_givens_with_time_phrases_and_summing_words(sentence, query):
    assert restates_problem_given(sentence, query)


@pytest.mark.parametrize("sentence,query", NOT_GIVENS)
def test_own_figures_methods_and_verdicts_are_not_givens(sentence, query):
    assert not restates_problem_given(sentence, query)


def test_summing_words_need_a_summing_query():
    q = "A red ribbon is 60 cm and a blue ribbon is 90 cm. How much longer is the blue one?"
    assert not _aggregate_paraphrase(content_stems("together add up"), content_stems(q))
    assert restates_problem_given("The ribbons together add up to 150 cm.", Q_RIBBON)


GIVEN_TRACES = [
    # R1-Distill-Qwen: "During ..." after the goal
    ("Okay, so I need to find how far below the setting Nadia's room gets by morning. The "
     "thermostat is set to 21 degrees. During the night the heating is off, and the room loses 2 "
     "degrees every hour for 5 hours.\n\nSo it drops 2 × 5 = 10 degrees.", Q_THERMO,
     "So it drops 2 × 5 = 10 degrees."),
    # R1-Distill-Llama: "By the end of ..."
    ("Okay, so the library lends 40 books on Monday. By the end of the week it has lent three "
     "times as many as on Monday. I need to find how many were lent after Monday. So the week's "
     "total is 3 × 40 = 120.", Q_LIBRARY, "So the week's total is 3 × 40 = 120."),
    # Qwen3: "So far ..." after the goal
    ("Okay, let's figure out how many pages Ravi still has to read. He wants to read 300 pages "
     "this month. So far he has read 12 pages a day for 15 days. That's 12 × 15 = 180 pages.",
     Q_PAGES, "That's 12 × 15 = 180 pages."),
    # QwQ: the query's own "It is ..."
    ("Okay, so the ferry runs every 40 minutes starting at 8:00. It's Saturday, and right now "
     "it's 9:50. The question is how long until the next ferry. Departures go 8:00, 8:40, 9:20, "
     "10:00, so the wait is 10 minutes.", Q_FERRY,
     "Departures go 8:00, 8:40, 9:20, 10:00, so the wait is 10 minutes."),
    # R1-Distill-Qwen: "By the time ..."
    ("Alright, so I need to figure out how far apart the two trains end up. They leave the same "
     "station in opposite directions. By the time the first train has covered 90 km, the second "
     "has covered 60 km.\n\nGoing opposite ways, the distances add: 90 + 60 = 150 km.", Q_TRAINS,
     "Going opposite ways, the distances add: 90 + 60 = 150 km."),
    # QwQ: the summing word in other words
    ("Okay, let's see. There are three jars of cookies. Together they hold 54 cookies. The third "
     "jar has 6, and the first holds twice as many as the second. I need to find how many are in "
     "the first jar.\n\nHmm, so the first two jars share 48.", Q_JARS,
     "Hmm, so the first two jars share 48."),
    # Qwen3: "add up to ... together" for "combined"
    ("Okay, let's work through this. The ribbons add up to 150 cm together. The red ribbon is "
     "30 cm longer than the blue one. I need to find the length of the blue ribbon.\n\nIf blue is "
     "b, then b + b + 30 = 150.", Q_RIBBON, "If blue is b, then b + b + 30 = 150."),
    # R1: "Altogether ..." for "in total"
    ("Okay, so the bookshelf has 5 shelves. Altogether the shelves hold 28 books. The top shelf "
     "holds 4. I need to find how many books are on the other shelves. That's 28 - 4 = 24.",
     Q_SHELF, "That's 28 - 4 = 24."),
]
GIVEN_GUARDS = [
    # a result of its own after "During"
    ("Okay, so Nadia's thermostat is set to 21 degrees, and the heating is off at night. During "
     "the night the room loses 10 degrees in total. So by morning it's 11 degrees.", Q_THERMO,
     "During the night the room loses 10 degrees in total."),
    # "It's" as the model's verdict: the query says no "It is"
    ("Okay, so the jar has 30 marbles and 12 of them are red. It's a simple ratio question. "
     "12/30 reduces to 2/5.", Q_JAR_RED, "It's a simple ratio question."),
    # a sum of its own
    ("Okay, so the red ribbon is 30 cm longer than the blue one, and both together make 150 cm. "
     "All together that adds up to 90 cm for the blue one plus its twin.", Q_RIBBON,
     "All together that adds up to 90 cm for the blue one plus its twin."),
    # "So far" with a figure worked out
    ("Okay, so Ravi wants to read 300 pages this month and has read 12 a day for 15 days. So far "
     "that makes 180 pages. He has 120 left.", Q_PAGES, "So far that makes 180 pages."),
    # "By" + a method
    ("Okay, so the library lends 40 books on Monday and three times as many by the end of the "
     "week. By subtracting Monday's books from the week's total, I get the rest.", Q_LIBRARY,
     "By subtracting Monday's books from the week's total, I get the rest."),
]


@pytest.mark.parametrize("reasoning,query,k", GIVEN_TRACES)
def test_givens_with_time_phrases_join_c(reasoning, query, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("reasoning,query,k", GIVEN_GUARDS)
def test_own_results_verdicts_and_methods_stay_k(reasoning, query, k):
    assert _k(reasoning, query) == k


# ------------------------------------------- kind 1b: "Let me try to understand it." + givens
UNDERSTAND_PLANS = [
    "Let me try to understand it.",
    "Okay, let me try to understand the problem.",
    "Let me try to understand the question first.",
    "Let's try to understand it step by step.",
    "Let me understand the problem.",
]
NOT_UNDERSTAND_PLANS = [
    "Let me try to understand why the cupcakes matter.",
    "Let me try the first tray.",
    "Let me try dividing by 4.",
    "Let me try to understand the legs of the goats.",
    "I'll try to understand it.",
]


@pytest.mark.parametrize("sentence", UNDERSTAND_PLANS)
def test_plans_to_understand_are_fillers(sentence):
    assert is_plan_filler(sentence)


@pytest.mark.parametrize("sentence", NOT_UNDERSTAND_PLANS)
def test_plans_with_content_are_not(sentence):
    assert not is_plan_filler(sentence)


UNDERSTAND_TRACES = [
    # R1-Distill-Llama
    ("Okay, so I have this problem about a school bake sale. Let me try to understand it. The "
     "class baked 4 trays of 18 cupcakes. They sold all of them but 9. I need to find how many "
     "were sold.\n\nSo there were 4 × 18 = 72 cupcakes.", Q_BAKE,
     "So there were 4 × 18 = 72 cupcakes."),
    # R1-Distill-Qwen
    ("Alright, so there's a question about a farmer's animals. Let me try to understand the "
     "problem. The farmer keeps hens and goats, 20 animals in total. They have 56 legs in total. "
     "I need the number of goats.\n\nIf every animal were a hen there would be 40 legs.", Q_FARM,
     "If every animal were a hen there would be 40 legs."),
]
UNDERSTAND_GUARDS = [
    # the plan before a step of the model's own stays K (round 16)
    ("Okay, so the class baked 4 trays of 18 cupcakes and sold all but 9. Let me try to "
     "understand it. 4 × 18 = 72, so 72 - 9 = 63 were sold.", Q_BAKE,
     "Let me try to understand it."),
    # a plan with content stays K
    ("Okay, so the farmer keeps hens and goats, 20 animals and 56 legs in total. Let me try to "
     "understand the legs of the goats. Goats have 4 legs and hens have 2.", Q_FARM,
     "Let me try to understand the legs of the goats."),
]


@pytest.mark.parametrize("reasoning,query,k", UNDERSTAND_TRACES)
def test_plan_to_understand_before_givens_joins_c(reasoning, query, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("reasoning,query,k", UNDERSTAND_GUARDS)
def test_plan_to_understand_before_a_step_stays_k(reasoning, query, k):
    assert _k(reasoning, query) == k


# --------------------------------------------------- kind 2: the goal in Kimi's new forms
Q_RIDE = "A cyclist rides 36 km at 12 km/h. How long does the ride take?"
Q_DRIVE = "Mei drives 45 km to work and back 5 days a week. How far does she drive in a week?"
Q_THEO = "Theo earns $15 an hour and worked 6 hours on Sunday. How much did he earn on Sunday?"
Q_STAND = ("A lemonade stand sells 40 cups at $1.25 each and 15 cookies at $2 each. How much "
           "money did the stand raise?")
Q_PENCIL = "Pencils cost 35 cents each. Mara buys 6 pencils. How much does she spend in dollars?"
Q_TILES = "A floor is 6 m by 4 m and tiles cost $12 per square meter. What is the total cost?"

TERSE_GOALS = [
    ("Need the travel time.", Q_RIDE),  # a word of its own before the asked "how long"
    ("Need the ride time.", Q_RIDE),
    ("Need distance driven.", Q_DRIVE),  # "driven" for "drive"
    ("Need the weekly distance.", Q_DRIVE),
    ("Need total cost.", Q_TILES),
]
NOT_TERSE_GOALS = [
    ("Need the speed first.", Q_RIDE),  # a sub-step
    ("Need a break time.", Q_TILES),  # "time" is not what the query asks
    ("Need care with units.", Q_DRIVE),
    ("Need the formula.", Q_RIDE),
    ("Need fast rides.", Q_RIDE),
]


@pytest.mark.parametrize("sentence,query", TERSE_GOALS)
def test_terse_goals_in_new_forms(sentence, query):
    assert restates_terse_goal(sentence, content_stems(query))


@pytest.mark.parametrize("sentence,query", NOT_TERSE_GOALS)
def test_terse_notes_that_are_not_the_goal(sentence, query):
    assert not restates_terse_goal(sentence, content_stems(query))


def test_find_the_asked_quantity():
    assert restates_asked_goal("Find money raised overall.", Q_STAND)
    assert not restates_asked_goal("Find cups first.", Q_STAND)


TERSE_QUESTIONS = [
    ("Earnings for Sunday?", Q_THEO),
    ("Total for the week?", Q_DRIVE),
    ("Cost in dollars?", Q_PENCIL),
    ("Money raised?", Q_STAND),
    ("Ride duration?", Q_RIDE),
]
NOT_TERSE_QUESTIONS = [
    ("Tips included?", Q_THEO),  # a word of its own
    ("Overtime for Sunday?", Q_THEO),
    ("Rounded to cents?", Q_PENCIL),
    ("What about taxes?", Q_STAND),
    ("Uphill or flat?", Q_RIDE),
]


@pytest.mark.parametrize("sentence,query", TERSE_QUESTIONS)
def test_terse_questions_ask_the_querys_question(sentence, query):
    assert echoes_query_question(sentence, query, terse=True)


@pytest.mark.parametrize("sentence,query", NOT_TERSE_QUESTIONS)
def test_terse_questions_of_its_own(sentence, query):
    assert not echoes_query_question(sentence, query, terse=True)


def test_cents_are_retold_in_dollars():
    assert numbers_from("Each pencil is $0.35.", Q_PENCIL)
    assert not numbers_from("Each pencil is $3.50.", Q_PENCIL)


TERSE_TRACES = [
    ("Cyclist: 36 km at 12 km/h. Need the travel time. 36 / 12 = 3 h.", Q_RIDE, "36 / 12 = 3 h."),
    ("Mei: 45 km each way, 5 days a week. Need distance driven. Per day 90 km, so 450 km.",
     Q_DRIVE, "Per day 90 km, so 450 km."),
    ("Theo: $15/hr, 6 hrs on Sunday. Earnings for Sunday? 15 × 6 = $90.", Q_THEO,
     "15 × 6 = $90."),
    ("Lemonade stand: 40 cups at $1.25, 15 cookies at $2. Find money raised overall. Cups bring "
     "in $50.", Q_STAND, "Cups bring in $50."),
    ("Mara buys 6 pencils. Pencils $0.35 each. Cost in dollars? 6 × 0.35 = $2.10.", Q_PENCIL,
     "6 × 0.35 = $2.10."),
]
TERSE_GUARDS = [
    ("Cyclist: 36 km at 12 km/h. Need the speed first. It is given: 12 km/h.", Q_RIDE,
     "Need the speed first."),
    ("Theo: $15/hr, 6 hrs on Sunday. Tips included? Probably not.", Q_THEO, "Tips included?"),
    ("Mara buys 6 pencils. Pencils $3.50 a pack. Cost in dollars?", Q_PENCIL,
     "Pencils $3.50 a pack."),
    # a terse question in a trace that does not open tersely is not a goal note
    ("Okay, so Theo earns $15 an hour and worked 6 hours on Sunday. Overtime for Sunday? No, "
     "it's only 6 hours.", Q_THEO, "Overtime for Sunday?"),
    ("Stand: 40 cups at $1.25, 15 cookies at $2. What about taxes? Ignore them.", Q_STAND,
     "What about taxes?"),
]


@pytest.mark.parametrize("reasoning,query,k", TERSE_TRACES)
def test_terse_goals_close_c(reasoning, query, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("reasoning,query,k", TERSE_GUARDS)
def test_terse_notes_of_its_own_stay_k(reasoning, query, k):
    assert _k(reasoning, query) == k


# ----------------------------------------------- kind 3: the query's question asked again
Q_LOOP = "Why does my Python loop `for x in items: items.remove(x)` skip every other element?"
Q_HTTPS = "How does HTTPS keep my password safe on public Wi-Fi?"
Q_FLOAT = "Why does `0.1 + 0.2 == 0.3` return False in JavaScript?"
Q_DOUGH = "My sourdough never rises in winter. Why?"
Q_CHAIN = "My bike chain keeps slipping when I pedal hard. Why does it happen?"
Q_CLOSURE = "My JavaScript callbacks all log the last value of the loop. Why?"
Q_FLOOD = "Have you heard about the flood in Lisbon last week? It was all over the news."

ECHOES = [
    ("Why does that happen?", Q_LOOP),
    ("How does that work?", Q_HTTPS),
    ("Why?", Q_FLOAT),
    ("So why does it skip them?", Q_LOOP),
    ("Why does it return False?", Q_FLOAT),
]
NOT_ECHOES = [
    ("Which one, though?", Q_LOOP),  # the query asks no "which"
    ("How should I explain this?", Q_HTTPS),  # a move of its own
    ("Why is the loop written like that?", Q_LOOP),  # words of its own
    ("Which flood?", Q_FLOOD),  # the query asks no "which"
    ("Why would anyone remove items?", Q_CHAIN),  # the query has no items
]


@pytest.mark.parametrize("sentence,query", ECHOES)
def test_the_querys_question_asked_again(sentence, query):
    assert echoes_query_question(sentence, query)


@pytest.mark.parametrize("sentence,query", NOT_ECHOES)
def test_questions_of_its_own(sentence, query):
    assert not echoes_query_question(sentence, query)


PUZZLES = [
    ("I'm trying to figure out why.", Q_DOUGH),
    ("I can't work out why it happens.", Q_CHAIN),
    ("I just want to know why.", Q_CLOSURE),
    ("I'm still trying to understand why the chain slips.", Q_CHAIN),
    ("So I'm trying to figure out why my sourdough never rises.", Q_DOUGH),
]
NOT_PUZZLES = [
    ("I'm trying to understand how closures capture variables.", Q_CLOSURE),  # the query asks why
    ("I'm trying to figure out why the oven light matters.", Q_DOUGH),  # words of its own
    ("I can't work out how to fix it.", Q_CHAIN),
    ("I'm trying to figure out why, honestly, it even happens.", Q_CHAIN),  # an aside
    ("I want to know why the loop uses var.", Q_CLOSURE),
]


@pytest.mark.parametrize("sentence,query", PUZZLES)
def test_the_speakers_puzzle_is_the_querys_question(sentence, query):
    assert wonders_as_user(sentence, query, content_stems(query))


@pytest.mark.parametrize("sentence,query", NOT_PUZZLES)
def test_puzzles_of_its_own(sentence, query):
    assert not wonders_as_user(sentence, query, content_stems(query))


ECHO_TRACES = [
    # QwQ
    ("Okay, so the user is removing items from a list while looping over it with for x in items. "
     "Every other element gets skipped. Why does that happen? Removing an element shifts the later "
     "ones left, so the loop jumps past the next one.", Q_LOOP,
     "Removing an element shifts the later ones left, so the loop jumps past the next one."),
    # Kimi
    ("User: 0.1 + 0.2 == 0.3 gives false in JS. Why? Binary floating point can't store 0.1 "
     "exactly.", Q_FLOAT, "Binary floating point can't store 0.1 exactly."),
    # R1-Distill-Llama, the user's voice
    ("Okay, so my sourdough never rises when it's winter. I'm trying to figure out why. "
     "Probably the kitchen is too cold for the starter.", Q_DOUGH,
     "Probably the kitchen is too cold for the starter."),
    ("Okay, so my bike chain keeps slipping whenever I pedal hard. I can't work out why it "
     "happens. Hmm, a worn chain or cassette is the usual cause.", Q_CHAIN,
     "Hmm, a worn chain or cassette is the usual cause."),
    # R1
    ("Okay, so the user is asking about HTTPS and public Wi-Fi. They type a password on a public "
     "network. How does that work? The connection is encrypted with TLS before anything is sent.",
     Q_HTTPS, "The connection is encrypted with TLS before anything is sent."),
]
ECHO_GUARDS = [
    # Kimi: a question the query does not ask
    ("User asks if I heard about a flood in Lisbon last week. Which flood? There were several "
     "reports.", Q_FLOOD, "Which flood?"),
    ("Okay, so the user is removing items from a list while looping over it. Which one, though? "
     "The list is mutated in place.", Q_LOOP, "Which one, though?"),
    ("Okay, so the user asks how HTTPS keeps a password safe on public Wi-Fi. How should I "
     "explain this? Start with encryption.", Q_HTTPS, "How should I explain this?"),
    ("Okay, so I have this JavaScript loop where every callback logs the last value. I'm trying "
     "to understand how closures capture variables. They capture the binding, not the value.",
     Q_CLOSURE, "I'm trying to understand how closures capture variables."),
]


@pytest.mark.parametrize("reasoning,query,k", ECHO_TRACES)
def test_the_querys_question_asked_again_joins_c(reasoning, query, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("reasoning,query,k", ECHO_GUARDS)
def test_questions_of_its_own_stay_k(reasoning, query, k):
    assert _k(reasoning, query) == k


# -------------------------------------------- kind 4: a unit after a number ends a sentence
UNIT_SPLITS = [
    ("The fence is 40 ft. Each post is 8 ft apart.", 2),
    ("Garage: 12 by 20 sq ft. Paint covers 350 sq ft a can.", 2),
    ("The kettle boils in 90 sec. Then it clicks off.", 2),
    ("Ladder is 14 ft. Wall is 12 ft. Need the angle.", 3),
    ("A lap takes 45 sec. Four laps take 180 sec.", 2),
]
UNIT_GUARDS = [
    ("They flew to Ft. Myers in May.", 1),  # a fort, not a unit
    ("See Sec. 3 for the proof.", 1),  # a section
    ("The St. Louis arch is 630 ft tall.", 1),
    ("Dr. Okafor measured 6 ft and 2 in.", 1),
    ("We met at Mt. Rainier, 14,410 ft up.", 1),
]


@pytest.mark.parametrize("text,count", UNIT_SPLITS + UNIT_GUARDS)
def test_units_after_a_number_end_a_sentence(text, count):
    from keysent.traces.segment import split_sentences

    assert len(split_sentences(text)) == count


def test_terse_units_trace():
    q = ("A gardener needs 2 feet of hose for every foot of garden bed. The bed is 35 feet long "
         "and she owns 10 feet of hose. How many feet of hose must she buy?")
    trace = ("We need the hose she must buy. She wants 2 ft of hose per ft of bed. Bed is 35 ft. "
             "She owns 10 ft. Needed: 2 × 35 = 70 ft. So buy 60 ft.")
    assert _k(trace, q) == "Needed: 2 × 35 = 70 ft."
