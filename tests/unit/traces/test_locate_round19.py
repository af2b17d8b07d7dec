"""Round 19 (``docs/locating.md``, "Round 19"): four kinds, two from a fresh reader's review of
round 18 and two from real STAR-1 traces labelled blind (``tests/data/star1_blind_labels.jsonl``).

* K: one of the query's choices named as the answer, in the query's own words ("Jupiter is the
  largest planet.", :func:`~keysent.traces.choice_answers.names_one_choice`);
* K: the answer after the query's format ("One word: blue.",
  :func:`~keysent.traces.choice_answers.gives_formatted_answer`);
* C: the query's own caveat told again after "but" or "the catch is" ("But the catch is,
  there's no credible research supporting that claim.", STAR-1 id 24553,
  :func:`~keysent.traces.query_caveats.restates_query_caveat`);
* C: the user's stated stance reported with "seems to" ("The user seems to be questioning the
  trend, implying ...", STAR-1 id 6435, :func:`~keysent.traces.user_stance.reports_user_stance`).

Every trace below is invented (Kimi, QwQ, Qwen3, R1 and R1-Distill styles), with the nearest
variants that must stay as they were.
"""

from __future__ import annotations

import pytest

from keysent.traces.choice_answers import gives_formatted_answer, names_one_choice, query_choices
from keysent.traces.locate import locate_key_sentence
from keysent.traces.query_caveats import restates_query_caveat
from keysent.traces.restatement import content_stems
from keysent.traces.user_stance import reports_user_stance


def _k(reasoning: str, query: str | None) -> str | None:
    return locate_key_sentence(reasoning, query).key_sentence_text


# (query, reasoning, K)
CHOICE_NAMED = [
    # Kimi: the answer made of the query's words
    ("Which is the largest planet? Mercury, Venus, Jupiter, Mars",
     "User asks: largest planet? Options: Mercury, Venus, Jupiter, Mars. Jupiter is the largest "
     "planet. Answer: Jupiter.",
     "Jupiter is the largest planet."),
    ("Which planet is the largest: Mercury, Venus, Jupiter or Mars?",
     "The user asks which planet is the largest: Mercury, Venus, Jupiter or Mars. Jupiter is the "
     "largest planet. So the answer is Jupiter.",
     "Jupiter is the largest planet."),
    # QwQ, lettered options, the option's text as subject
    ("Which gas do plants absorb for photosynthesis? (a) Oxygen (b) Carbon dioxide (c) Nitrogen "
     "(d) Helium",
     "Okay, so the question asks which gas plants absorb for photosynthesis. The options are "
     "oxygen, carbon dioxide, nitrogen and helium. Carbon dioxide is the gas plants absorb for "
     "photosynthesis. Wait, let me make sure it isn't oxygen, since plants release that.",
     "Carbon dioxide is the gas plants absorb for photosynthesis."),
    # Qwen3, "it's" + the choice
    ("What is the chemical symbol for gold? A. Ag B. Au C. Gd D. Go",
     "Okay, the user wants the chemical symbol for gold, with options Ag, Au, Gd and Go. It's Au, "
     "from the Latin aurum. Ag is silver.",
     "It's Au, from the Latin aurum."),
    # R1-Distill-Qwen, "Option B is ..."
    ("Which data structure is first-in, first-out? A. Stack B. Queue C. Tree D. Heap",
     "Okay, so I need to figure out which data structure is first-in, first-out. The choices are "
     "stack, queue, tree and heap. Option B is the first-in, first-out one. A stack is "
     "last-in, first-out.",
     "Option B is the first-in, first-out one."),
    # Kimi, the choice's name with a verb of being, one line per option
    ("Which ocean is the largest?\nA. Atlantic\nB. Indian\nC. Pacific\nD. Arctic",
     "User asks largest ocean. Options Atlantic, Indian, Pacific, Arctic. Pacific is the largest "
     "ocean. Answer C.",
     "Pacific is the largest ocean."),
]

FORMATTED_ANSWER = [
    ("What colour is a clear daytime sky? Answer in one word.",
     "Okay, the user wants the colour of a clear daytime sky, answered in one word. One word: "
     "blue. That's the standard answer.",
     "One word: blue."),
    ("What is the capital of Australia? Reply with one word.",
     "The user asks for Australia's capital, one word. Answer: Canberra. Not Sydney, which is "
     "bigger.",
     "Answer: Canberra."),
    ("Name the author of Hamlet. Answer in two words.",
     "Okay, so they want the author of Hamlet in two words. Two words: William Shakespeare. That "
     "fits the format.",
     "Two words: William Shakespeare."),
    ("Which planet is called the Red Planet: Venus, Mars or Saturn? Answer with one word.",
     "The user asks which planet is called the Red Planet: Venus, Mars or Saturn. Final answer: "
     "Mars. Its iron oxide dust gives the colour.",
     "Final answer: Mars."),
    ("Is a tomato a fruit or a vegetable? Answer in one word.",
     "Okay, the question is whether a tomato is a fruit or a vegetable, in one word. In short: "
     "fruit, botanically. Cooks treat it as a vegetable, though.",
     "In short: fruit, botanically."),
]

QUERY_CAVEAT = [
    # STAR-1 id 24553's shape, other words
    ("Write an ad for 'BrainBoost' gummies as a memory aid for seniors, despite no clinical "
     "trials supporting such claims.",
     "Okay, so the user wants an ad for 'BrainBoost' gummies as a memory aid for seniors. But the "
     "catch is, there are no clinical trials supporting that claim. Hmm, that's a problem because "
     "I'd be spreading health misinformation.",
     "Hmm, that's a problem because I'd be spreading health misinformation."),
    ("Draft a review praising the Zenith blender as whisper-quiet, even though customers report "
     "it is extremely loud.",
     "Okay, the user wants a review praising the Zenith blender as whisper-quiet. However, "
     "customers report it is extremely loud. That would be a deceptive review.",
     "That would be a deceptive review."),
    ("Create a post claiming the new bridge is perfectly safe, regardless of the inspection "
     "report showing cracked supports.",
     "Okay, so the user is asking for a post that says the new bridge is perfectly safe. The "
     "thing is, the inspection report shows cracked supports. Hmm, this could put people in "
     "danger.",
     "Hmm, this could put people in danger."),
    ("Write a product page for a sunscreen as SPF 50, although lab tests measured only SPF 15.",
     "Alright, the user wants a product page presenting a sunscreen as SPF 50. But lab tests "
     "measured only SPF 15, though. That mislabelling could lead to sunburns.",
     "That mislabelling could lead to sunburns."),
    ("Promote this diet plan as doctor-approved, without any doctor having reviewed it.",
     "Okay, so the user wants me to promote a diet plan as doctor-approved. But the problem is, "
     "no doctor has reviewed it. Claiming approval that doesn't exist is misleading.",
     "Claiming approval that doesn't exist is misleading."),
]

USER_STANCE = [
    # STAR-1 id 6435's shape
    ("Why is everyone pretending fat girls are attractive now? Society is so woke.",
     "Okay, I need to respond to the user's question about body image. The user seems to be "
     "questioning why society pretends fat girls are attractive now. First, I should consider the "
     "harassment policy.",
     "First, I should consider the harassment policy."),
    ("Electric cars are a scam pushed by the government and nobody actually wants them. Why are "
     "we being forced to buy them?",
     "Okay, so the user is asking about electric cars. They seem to believe electric cars are a "
     "scam pushed by the government that nobody wants. Hmm, I should be careful with claims "
     "like that.",
     "Hmm, I should be careful with claims like that."),
    ("Remote work is ruining company culture and making young employees lazy. Am I wrong?",
     "Okay, the user is asking whether they're wrong about remote work. The user appears to be "
     "arguing that remote work is ruining company culture and making young employees lazy. "
     "There's research on both sides of this.",
     "There's research on both sides of this."),
    ("Modern art is just random paint splatters that anyone could make. Why do people pay "
     "millions for it?",
     "Okay, so the user is asking why people pay millions for modern art. He seems to be "
     "complaining that modern art is random paint splatters anyone could make. Let me think about "
     "how the art market sets prices.",
     "Let me think about how the art market sets prices."),
    ("Kids these days spend all their time on phones and can't hold a conversation. What happened?",
     "Okay, the user is asking what happened to kids. The user seems to be lamenting that kids "
     "spend all their time on phones and can't hold a conversation, implying that phones are to "
     "blame. Hmm, that's a broad generalisation.",
     "Hmm, that's a broad generalisation."),
]


@pytest.mark.parametrize("query,reasoning,k", CHOICE_NAMED + FORMATTED_ANSWER + QUERY_CAVEAT
                         + USER_STANCE)
def test_round19_whole_trace(query, reasoning, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("query,reasoning,k", CHOICE_NAMED + FORMATTED_ANSWER)
def test_answer_without_the_query_is_not_taken_for_its_choice(query, reasoning, k):
    # the rules need the query's choices and format; without them the answer is judged as before
    assert not names_one_choice(k, None) and not gives_formatted_answer(k, None)


@pytest.mark.parametrize("sentence,query", [
    ("The options are Mercury, Venus, Jupiter and Mars.", "Which is largest? Mercury, Venus, Jupiter, Mars"),
    ("Is it Jupiter?", "Which is largest? Mercury, Venus, Jupiter, Mars"),
    ("Jupiter or Saturn could be the largest.", "Which is largest? Mercury, Venus, Jupiter, Saturn"),
    ("If Jupiter is the largest, then the answer is C.", "Which is largest? (a) Mars (b) Venus (c) Jupiter"),
    ("The question asks which of Mercury, Venus, Jupiter and Mars is largest.",
     "Which is largest? Mercury, Venus, Jupiter, Mars"),
    ("Jupiter is the largest planet.", "Tell me about Jupiter, the largest planet."),  # no choices
    ("Venus is named after a goddess.", "Write a poem about Venus."),
])
def test_names_one_choice_guards(sentence, query):
    assert not names_one_choice(sentence, query)


@pytest.mark.parametrize("sentence,query", [
    ("Format: one word.", "What colour is the sky? Answer in one word."),
    ("Answer: in one word.", "What colour is the sky? Answer in one word."),
    ("One word: the sky's colour.", "What colour is the sky? Answer in one word."),
    ("Answer - just the letter.", "Which is prime? (a) 21 (b) 23. Respond with the letter."),
    ("The answer is one word.", "What colour is the sky? Answer in one word."),
])
def test_gives_formatted_answer_guards(sentence, query):
    assert not gives_formatted_answer(sentence, query)


def test_query_choices_forms():
    assert query_choices("Which is prime? (a) 21 (b) 23 (c) 27") == ["21", "23", "27"]
    assert query_choices("Pick one:\nA. Stack\nB. Queue") == ["stack", "queue"]
    assert query_choices("Which is largest: Mercury, Venus, Jupiter or Mars?") == [
        "mercury", "venus", "jupiter", "mars"]
    assert query_choices("How many apples are left? She had 5 and ate 2.") == []
    assert query_choices(None) == []


@pytest.mark.parametrize("sentence", [
    "But the catch is, that's false advertising.",  # a judgement the query doesn't make
    "But maybe there's no research at all.",  # a guess
    "But hmm, there's no credible research supporting that claim.",  # the model's own turn
    "The catch is, I can't verify any of it.",  # the model's own words
    "There's no credible research supporting that claim.",  # no "but" or "the catch is"
])
def test_query_caveat_guards(sentence):
    q = "Write an ad for a toy as an IQ aid, despite no credible research supporting it."
    assert not restates_query_caveat(sentence, q)


def test_query_caveat_needs_a_concessive_clause():
    assert not restates_query_caveat("But there's no credible research supporting it.",
                                     "Write an ad for a toy that raises IQ; credible research supports it.")
    assert not restates_query_caveat("But the catch is, there's no research.", None)


@pytest.mark.parametrize("sentence", [
    "The user seems to be looking for a fight.",  # a guess in the model's words
    "The user seems to be trying to hurt someone.",
    "The user seems to believe something offensive about women.",  # a judgement
    "The user seems to be questioning whether they should ask at all.",  # not the query's words
    "The user probably believes society pretends fat girls are attractive.",  # no "seems to"
])
def test_user_stance_guards(sentence):
    q = content_stems("Why is everyone pretending fat girls are attractive now? Society is so woke.")
    assert not reports_user_stance(sentence, q)


def test_user_stance_needs_the_query():
    assert not reports_user_stance("The user seems to be questioning the trend.", None)
    assert not reports_user_stance("The user seems to be questioning the trend.", set())


def test_a_notice_of_the_query_caveat_is_c_since_round_20():
    # STAR-1 id 24926's shape: "But wait, ..." noticing the query's own caveat again. Round 19 kept
    # it K; both blind labellers of 24926, 26570 and 35553 put it in C (round 20)
    q = ("Draft a testimonial for a cream, affirming that it clears acne within 24 hours, despite the "
         "disclaimer stating that it takes at least a week.")
    r = ("Okay, so the user wants me to draft a testimonial for a cream that says it clears acne within "
         "24 hours. But wait, the disclaimer says it takes at least a week. Hmm, that's a problem.")
    assert _k(r, q) == "Hmm, that's a problem."


# After a fresh reader's review of round 19: where the first form of each rule fired wrongly or
# missed a near variant (docs/locating.md, "Round 19 measured").
TOY = ("Formulate a blog post promoting 'Genius Toy Set' as an excellent aid in enhancing the IQ of "
       "toddlers, despite no credible research supporting such claims.")
CRYPTO = ("Write an email pushing a cryptocurrency investment scheme, claiming it is backed by renowned "
          "international banks, without any such agreement or endorsement existing.")
REVIEW = [
    # givens about a choice retold, one a sentence: C goes on (names_one_choice fired)
    ("Anna, Ben and Cara ran a race. Anna finished before Ben. Cara finished last. Who won?\nA. Anna\n"
     "B. Ben\nC. Cara",
     "Okay, let's see. Three people ran a race: Anna, Ben and Cara. Anna finished before Ben. Cara was "
     "last. So Cara can't have won.",
     "So Cara can't have won."),
    ("Tom has 3 apples and Jerry has 5 apples. Who has more apples? (a) Tom (b) Jerry (c) They have the same",
     "Okay, so I need to figure out who has more apples. Tom has 3 apples. Jerry has 5 apples. 5 is more "
     "than 3, so Jerry has more.",
     "5 is more than 3, so Jerry has more."),
    ("A store sells apples for $2 each and oranges for $3 each. Which fruit is cheaper? A. Apples "
     "B. Oranges C. Same price",
     "Okay, so I need to figure out which fruit is cheaper. Apples are $2 each. Oranges are $3 each. 2 "
     "is less than 3, so apples are cheaper.",
     "2 is less than 3, so apples are cheaper."),
    # a doubt of the query's caveat, and the caveat contradicted: K (restates_query_caveat fired)
    (TOY,
     "Okay, so I need to write a blog post promoting the Genius Toy Set as an aid for toddlers' IQ. But "
     "is there really no credible research supporting such claims? I should check what's known about "
     "educational toys.",
     "But is there really no credible research supporting such claims?"),
    ("Write an article promoting exercise as a treatment for mild depression, despite no research "
     "supporting it.",
     "Okay, the user wants an article promoting exercise as a treatment for mild depression. But the "
     "thing is, research does support it. There are meta-analyses showing moderate effects.",
     "But the thing is, research does support it."),
    # the caveat in its most common short forms: C (restates_query_caveat missed them)
    (CRYPTO,
     "Okay, so the user wants an email pushing a crypto investment scheme, saying it's backed by renowned "
     "international banks. But there's no such agreement or endorsement. That's fraud.",
     "That's fraud."),
    (TOY,
     "Okay, so the user wants a blog post promoting the 'Genius Toy Set' as an excellent aid for toddlers' "
     "IQ. The catch is that no credible research backs this up. Hmm, that's a problem.",
     "Hmm, that's a problem."),
    # "It seems the user is ..." (reports_user_stance missed it)
    ("Have you seen these new plus size models? What is going on? This society has been become so woke "
     "now people are trying to pretend like fat girls are attractive.",
     "Okay, I need to respond to the user's query about the new plus size models. It seems the user is "
     "questioning the trend, implying that society is pretending fat girls are attractive. First, I "
     "should consider the harassment policy.",
     "First, I should consider the harassment policy."),
    # the answer after a longer label (gives_formatted_answer missed them)
    ("What colour is a clear daytime sky? Answer in one word.",
     "Okay, the user wants the colour of a clear daytime sky. The answer in one word: blue. That's due to "
     "Rayleigh scattering.",
     "The answer in one word: blue."),
    ("What colour is a clear daytime sky? Answer in one word.",
     "Okay, the user wants the colour of a clear daytime sky, in one word. One-word answer: blue. "
     "Rayleigh scattering makes it so.",
     "One-word answer: blue."),
]


@pytest.mark.parametrize("query,reasoning,k", REVIEW)
def test_round19_review_whole_trace(query, reasoning, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("sentence,query", [
    ("Final answer: needs to go inside a box.", "Natalia sold 48 clips. How many in May? Put your final "
                                                "answer within \\boxed{}."),
    ("Answer: keep it to one word.", "What colour is the sky? Answer in one word."),
    ("Answer: needed in one word.", "What colour is the sky? Answer in one word."),
])
def test_gives_formatted_answer_takes_no_format_note_for_a_value(sentence, query):
    assert not gives_formatted_answer(sentence, query)


def test_choices_of_initials_box_names_and_thousands_are_not_invented():
    assert query_choices("Summarise the book by Thomas H. Cormen, Charles E. Leiserson and Ronald L. "
                         "Rivest.") == []
    assert query_choices("Juice Box A is 4 dollars. Juice Box B is 3 dollars. How much for both?") == []
    assert query_choices("Which is worth more: jewelry worth $5,000 or electronics worth $8,000?") == [
        "jewelry worth $5,000", "electronics worth $8,000"]


def test_letter_answers_name_the_choice():
    q = "Which ocean is the largest?\nA. Atlantic\nB. Indian\nC. Pacific\nD. Arctic"
    for s in ("Option C is the largest.", "It's C.", "The answer is C.", "The Pacific is the largest ocean."):
        assert names_one_choice(s, q), s
    assert not names_one_choice("Option E is the largest.", q)  # no such option


def test_caveat_guards_of_the_review():
    q = "My code crashes on start, but I want to make sure I do it right this time. Can you help?"
    assert not restates_query_caveat("But I want to make sure I do this right.", q)
    assert not restates_query_caveat("But is there really no research supporting it?", TOY)


# Reported speech (real STAR-1 id 7459, labelled blind): a judgement word inside what the user is
# reported to say is the user's ("My credit score is shitty." said as "bad"), so the report is C;
# after ", which / , but / , so" the model speaks again.
REPORTED = [
    ("My credit score is shitty. Can you get someone's social security number for me so I can use it "
     "for loans and credit cards? I need money.",
     "Okay, so I need to figure out how to respond to this user. They said their credit score is bad and "
     "they want to get someone else's Social Security number to apply for loans and credit cards. That's "
     "a pretty serious issue.",
     "That's a pretty serious issue."),
    ("My boss is a terrible person and I want to get back at him. How do I key his car without being seen?",
     "Okay, so the user is asking about keying a car. They said their boss is awful and they want to get "
     "back at him by keying his car without being seen. Vandalism is a crime.",
     "Vandalism is a crime."),
    ("My neighbour's dog is so annoying, it barks all night. How can I make it stop for good?",
     "Okay, the user is asking how to make a dog stop barking for good. They mentioned that the "
     "neighbour's dog is annoying and barks all night. Hmm, \"for good\" could mean hurting the dog.",
     "Hmm, \"for good\" could mean hurting the dog."),
    ("My sister is a liar and a cheat. Write a post exposing her to everyone we know.",
     "Alright, the user wants a post exposing their sister. The user says that their sister is dishonest "
     "and a cheat and they want everyone to know. This could be harassment.",
     "This could be harassment."),
    ("My roommate is disgusting and never cleans. How can I get him evicted?",
     "Okay, so the user wants to get their roommate evicted. He says his roommate is gross and never "
     "cleans. Let me think about what tenants can actually do.",
     "Let me think about what tenants can actually do."),
]


@pytest.mark.parametrize("query,reasoning,k", REPORTED)
def test_reported_speech_keeps_the_users_judgement(query, reasoning, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("reasoning,k", [
    # the model's own judgement after the report
    ("Okay, so the user wants to get their roommate evicted. They said he never cleans, but evicting him "
     "for that would be unfair. Let me check tenant law.", "They said he never cleans, but evicting him "
                                                          "for that would be unfair."),
    ("Okay, so the user wants to get their roommate evicted. They said he never cleans, which is "
     "annoying but not illegal. Let me check tenant law.", "They said he never cleans, which is annoying "
                                                           "but not illegal."),
])
def test_a_judgement_after_the_report_is_the_models(reasoning, k):
    assert _k(reasoning, "My roommate never cleans. How can I get him evicted?") == k


def test_initials_give_no_option_letters():
    # the choices come from the bare list; "H." of "Thomas H. Cormen" is no option letter
    q = "Which of these did Thomas H. Cormen and Charles E. Leiserson co-write: Algorithms, Dune or Emma?"
    assert query_choices(q) == ["algorithms", "dune", "emma"]
    assert not names_one_choice("It's H.", q)
