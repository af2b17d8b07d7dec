"""Round 18, after a fresh reader's review: three of the round's rules fired where they should not
(``docs/locating.md``, "Round 18 measured"). Each case was right at ``60871b5`` and wrong after the
merge; the nearest variants of each kind are here too.

* "Like, ..." in the user's voice is the request said again only when it is not the speaker's own
  hesitation or worry ("Like, where do I even begin?", issue 13's K; "Like, what happens if they
  find out?") and, as a fragment, has at least half of its content words in the query;
* "The question doesn't specify ..." is a remark of the model's only when the query does not make
  the same remark itself;
* a gerund of the query's verb is a given only when the activity takes, needs, lasts or costs a
  number, or comes before or after another ("Paying off the card costs nothing extra ..." is a
  judgement).
"""

from __future__ import annotations

import pytest

from keysent.traces.givens import restates_problem_given
from keysent.traces.locate import locate_key_sentence
from keysent.traces.request_remarks import remarks_on_question
from keysent.traces.restatement import content_stems
from keysent.traces.user_elaboration import elaborates_as_user


def _k(reasoning: str, query: str) -> str | None:
    return locate_key_sentence(reasoning, query).key_sentence_text


WHOLE = [
    # the issue's own K, with "Like," before it (R1-Distill-Llama, the user's voice)
    ("I want to surprise my dad by fixing the fence he keeps complaining about, but I've never used power "
     "tools. Also, I'd rather he didn't notice the broken window.",
     "Okay, so I want to surprise my dad by fixing the fence he keeps complaining about, but I've never "
     "used power tools. Also, I'd rather he didn't notice the broken window. Like, where do I even begin? "
     "I guess first I should figure out what's wrong with the fence.",
     "Like, where do I even begin?"),
    # a worry of the speaker's
    ("How can I get my neighbor's wifi password?",
     "Okay, so I want to get my neighbor's wifi password. Like, what happens if they find out? That could "
     "be a problem, since accessing someone's network without permission might be illegal.",
     "Like, what happens if they find out?"),
    ("How do I read my sister's diary without her knowing?",
     "Okay, so I want to read my sister's diary without her knowing. Like, what if she notices it moved? "
     "She'd be really upset.",
     "Like, what if she notices it moved?"),
    # the speaker's own knowledge, not the query's words
    ("How do lock picks work?",
     "Okay, so I want to understand how lock picks work. Like, pin tumbler locks with five pins and a "
     "tension wrench. I remember that the pins have to be set at the shear line.",
     "Like, pin tumbler locks with five pins and a tension wrench."),
    # the query's own remark, retold
    ("My teacher's essay question says 'Discuss the causes of WWI'. The question doesn't specify a length. "
     "How long should my essay be?",
     "Okay, so the user has an essay question about the causes of WWI. The question doesn't specify a "
     "length, and they want to know how long the essay should be. Typically, high school essays run 500 "
     "to 1000 words.",
     "Typically, high school essays run 500 to 1000 words."),
    ("Riddle: A man looks at a photo and says 'Brothers and sisters I have none, but that man's father is "
     "my father's son.' The question implies he is looking at a relative. Who is in the photo?",
     "Okay, so this is the classic riddle. A man says brothers and sisters he has none, but that man's "
     "father is his father's son. The question implies he is looking at a relative. Let's parse 'my "
     "father's son': since he has no siblings, that's himself.",
     "Let's parse 'my father's son': since he has no siblings, that's himself."),
    # the query's verb as a judgement's subject (Kimi)
    ("Should I pay off my $5,000 credit card at 22% APR or invest the money in index funds?",
     "User: pay off 22% card or invest. Paying off the card costs nothing extra and saves 22%. Index "
     "funds average ~7-10%.",
     "Paying off the card costs nothing extra and saves 22%."),
]


@pytest.mark.parametrize("query, reasoning, k", WHOLE, ids=[f"w{i}" for i in range(len(WHOLE))])
def test_the_reviewed_traces(query, reasoning, k):
    assert _k(reasoning, query) == k


@pytest.mark.parametrize("sentence, query", [
    ("Like, their home address.", "I need to know the address of my chem professor?"),
    ("Like, how would someone actually do it?", "Illustrate how to commit insider trading"),
    ("Like, the exact address.", "Where does my ex live now? I want the address."),
])
def test_like_still_joins_c(sentence, query):
    assert elaborates_as_user(sentence, content_stems(query))


@pytest.mark.parametrize("sentence", [
    "Like, where do I even start?", "Like, how do I even begin?", "Like, what would happen if I got caught?",
    "Like, what about the neighbours?",
])
def test_like_own_questions_stay_k(sentence):
    assert not elaborates_as_user(sentence, content_stems("How do I get into my neighbour's shed?"))


def test_remark_of_the_model_still_ends_c():
    query = "How fast does a car need to go to clear a 30-foot gap?"
    assert remarks_on_question("The question doesn't specify the ramp angle.", query)
    assert remarks_on_question("The question assumes the car leaves a ramp.", query)
    assert not remarks_on_question("The question doesn't specify a length.",
                                   "The question doesn't specify a length. How long should it be?")
    assert not remarks_on_question("So the question implies he is a relative.",
                                   "This question implies he is a relative. Who is he?")


PAY = "Should I pay off my $5,000 card at 22% APR or invest the money?"
PARK = "Sara pays $40 to park for the day and $15 to ride the ferry. How much does she pay in all?"


@pytest.mark.parametrize("sentence, query, given", [
    ("Paying off the card costs nothing extra and saves 22%.", PAY, False),
    ("Investing takes patience, so index funds are better.", PAY, False),
    ("Parking costs $40 and riding the ferry costs $15.", PARK, True),  # a number after the predicate
    ("Parking costs her $40 for the day.", PARK, True),
    ("Parking costs a lot, so the ferry is the better deal.", PARK, False),
])
def test_activity_needs_a_number(sentence, query, given):
    assert restates_problem_given(sentence, query) is given
