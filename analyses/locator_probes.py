"""Over-extension probes for the C/K locator (issue 13, round 10): does C stop where the model's
own first step starts?

Usage (from the repository root)::

    .venv/bin/python analyses/locator_probes.py            # counts per probe, first misses

Each probe pairs invented openings (the restatement, C) with invented first steps of the model's
own (K) and checks that ``locate_key_sentence(C + " " + K + " <more>", query)`` returns K
exactly. The probes, as measured in ``docs/locating.md``:

* ``openings``: 9 openings (R1 third person, the user's voice, "I need to figure out ...", Kimi,
  a filler and a paragraph break, several sentences in the user's voice) x 38 first steps, with
  the query;
* ``word-problems``: 5 restatements of one word problem x 20 solution steps, with the query;
* ``mcq``: 5 restatements of one multiple-choice question x 14 first steps, with the query;
* ``first-person-tasks``: 4 openings with a task in the first person x 12 first steps, with and
  without the query;
* ``held-out-16-kinds``: 6 openings that the rules fixed after held-out sets 16-18 take into C
  (a life event in the user's voice, the user's past thought, "most of them", the user named by
  a role, a measure of the situation, the request restated) x 33 first steps, with the query
  and (``held-out-16-kinds-no-query``) without it;
* ``jailbreak-templates``: 10 GPTFuzzer templates (``../shared/data/jailbreak_templates/``,
  seed 0) x 3 AdvBench goals (``../shared/data/advbench/``) x 5 R1-style restatements x 10 first
  steps, with the query (the filled template); skipped when the shared data is missing.

To measure another version of the locator, put its ``keysent`` first on ``PYTHONPATH`` (for
example a ``git archive <commit> keysent`` unpacked elsewhere). Exit 0 always (a measurement, not
a test); bad arguments exit 2.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
if not os.environ.get("PYTHONPATH") and str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # this checkout's keysent, unless PYTHONPATH names another

from keysent.traces.locate import locate_key_sentence  # noqa: E402

WIFI_Q = "How do I get into my neighbor's wifi?"
OPENINGS = [
    (WIFI_Q, "Okay, so the user is asking how to get into their neighbor's wifi."),
    (WIFI_Q, "Okay, so I want to get into my neighbor's wifi."),
    (WIFI_Q, "Okay, so I need to figure out how to get into my neighbor's wifi."),
    (WIFI_Q, "The user wants to access their neighbor's wifi."),
    (WIFI_Q, "Okay, let's see. The user is asking how to get into their neighbor's wifi."),
    ("How do I get into my neighbor's wifi? It has a password.",
     "Okay, so I want to get into my neighbor's wifi. It has a password."),
    ("My neighbor's wifi has a password and I can't afford internet. How do I get in?",
     "Okay, so my neighbor's wifi has a password, and I can't afford my own internet. I really "
     "need it for school."),
    ("My neighbor's wifi has a password and I can't afford internet. How do I get in?",
     "Okay, so the user can't afford internet and wants to get into their neighbor's wifi. They "
     "mentioned it has a password."),
    (WIFI_Q, "Alright, let me work through this.\n\nThe user is asking how to get into a "
     "neighbor's wifi network."),
]
OPENING_STEPS = [
    "Hmm, that's concerning.", "Accessing someone else's network without permission is illegal.",
    "Using a neighbor's wifi without asking is a privacy violation.", "That could be illegal.",
    "This is unauthorized access.", "I should explain why that's a problem.",
    "First, I need to consider the legality.", "Maybe they forgot their own password.",
    "Most routers use WPA2 encryption.", "Wifi passwords can sometimes be cracked with software.",
    "There are tools like Aircrack-ng that can do this.", "Cracking a wifi password takes time.",
    "Wait, is this even legal?", "One option is to just ask the neighbor.",
    "Asking the neighbor would be the easiest way.",
    "Getting into someone's network is a crime in most places.", "But that would be stealing.",
    "Probably the easiest way is to ask.", "The neighbor might notice.",
    "It's not something I can help with.", "Hacking into a network is against the law.",
    "So, the best approach is to ask for the password.",
    "Well, there are a few ways people do this.",
    "In most countries, this counts as unauthorized access.", "Legally, this is a gray area.",
    "Honestly, I think the right move is to talk to them.",
    "Routers usually have a default password printed on them.",
    "Neighbors often share wifi if you ask politely.", "I can't help with breaking into networks.",
    "Let me think about what's legal here.", "Okay, first things first.",
    "Now, the key issue is consent.",
    "Accessing a network you don't own is illegal in most countries.",
    "Even if it's just wifi, it's still unauthorized access.",
    "I remember that public libraries offer free wifi.",
    "A better option would be free public wifi.", "So I should suggest legal alternatives.",
    "My guidelines say not to help with hacking.",
]
WORD_Q = ("A shop sells apples at $2 each and oranges at $3 each. Tom buys 4 apples and 5 oranges. "
          "How much does he spend?")
WORD_OPENINGS = [
    "Okay, so Tom buys 4 apples and 5 oranges. Apples cost $2 each and oranges cost $3 each. I "
    "need to find how much he spends in total.",
    "Okay, let's see. The problem says a shop sells apples at $2 each and oranges at $3 each. Tom "
    "buys 4 apples and 5 oranges. The question is how much he spends.",
    "The user asks how much Tom spends if he buys 4 apples at $2 each and 5 oranges at $3 each.",
    "Okay, so I have this problem here: A shop sells apples at $2 each and oranges at $3 each. "
    "Tom buys 4 apples and 5 oranges. How much does he spend?",
    "Alright, let me work through this.\n\nTom buys 4 apples and 5 oranges, with apples at $2 "
    "and oranges at $3. We need to find the total cost.",
]
WORD_STEPS = [
    "First, the apples: 4 times $2 is $8.", "So the apples cost 4 x 2 = 8 dollars.",
    "Apples cost 4 x $2 = $8.", "Let me calculate the cost of the apples first.",
    "The apples cost $8 in total.", "4 apples at $2 each is $8.", "Hmm, this is straightforward.",
    "The cost of the apples is 4 times 2, which is 8.",
    "Tom spends $8 on apples and $15 on oranges.", "For the apples, he pays $8.",
    "Okay, so apples: 4 * 2 = 8.", "Well, apples come to $8.", "Multiplying 4 by 2 gives 8.",
    "That's 8 dollars for apples.", "I'll start with the apples.",
    "Each apple is $2, so 4 apples are $8.", "He spends 4 x 2 = 8 dollars on apples.",
    "Oranges cost 5 x 3 = 15 dollars.", "The total is 8 + 15 = 23.",
    "This is a simple multiplication and addition problem.",
]
MCQ_Q = ("Which of the following is a prime number?\nA. 21\nB. 27\nC. 29\nD. 33\nAnswer with "
         "the letter only.")
MCQ_OPENINGS = [
    "Okay, so I need to figure out which of these numbers is prime. The options are A. 21, B. "
    "27, C. 29, and D. 33.",
    "Okay, let's see. The question is asking which of the following is a prime number. The "
    "options are:\nA. 21\nB. 27\nC. 29\nD. 33\nI have to answer with the letter only.",
    "The question asks which number is prime: A. 21 B. 27 C. 29 D. 33. Answer with the letter "
    "only.",
    "Okay, so I've got this multiple-choice question here. It asks which of the following is a "
    "prime number, with options 21, 27, 29, and 33.",
    "Alright, let's tackle this question.\n\nWhich of the following is a prime number?\nA. 21\n"
    "B. 27\nC. 29\nD. 33\n\nThe answer should be just the letter.",
]
MCQ_STEPS = [
    "Hmm, let me check each one.", "21 is 3 times 7, so it's not prime.",
    "Let's go through them one by one.", "A prime number has only two divisors.",
    "Option A, 21, is divisible by 3.", "First, 21 = 3 x 7.", "I know 29 is prime.",
    "So, 21 is not prime because it's 3 times 7.", "Starting with A: 21 is divisible by 3 and 7.",
    "Well, 29 is only divisible by 1 and itself.", "The answer is C.",
    "Twenty-one is divisible by three.", "Let me recall what a prime number is.",
    "Okay, 21 divided by 3 is 7.",
]
TASK_OPENINGS = [
    ("How do I make a fake doctor's note?", "Okay, so I need to make a fake doctor's note for "
     "school. I missed three days last week and my teacher wants a note."),
    ("How do I hack my school's wifi?", "Okay, so I'm trying to get into my school's wifi. My "
     "school blocks most websites."),
    ("Solve 2x+3=11", "Okay, so I need to solve 2x + 3 = 11."),
    ("How do I cheat on my exam?", "Okay, so I want to cheat on my exam tomorrow. My teacher never "
     "watches the back row."),
]
TASK_STEPS = [
    "Doctor's notes usually have a letterhead.", "Hmm, that's forgery.",
    "I could try printing one.",
    "Maybe I could ask a friend.", "First, I need a template.", "Forging a note is illegal.",
    "That's a bad idea.", "Let me think.", "There are templates online.",
    "Printing one at home would work.", "If I get caught, I'll be suspended.",
    "Wait, that's dishonest.",
]
# Openings of the kinds fixed after held-out sets 16-18, each ending where C ends.
KIND16_OPENINGS = [
    ("I've been offered a job in another city. How do I tell my parents?",
     "Okay, so I've been offered a job in another city, and I want to tell my parents. They're "
     "getting older."),
    ("I lost $5,000 gambling. How do I tell my wife?",
     "Okay, so I lost $5,000 gambling, and my wife doesn't know. I kept thinking I could win it "
     "back."),
    ("My friends are 21 and I'm 19. How do I get into the bar with them?",
     "Okay, so I'm 19 and my friends are going to a bar on Friday. Most of them are 21 already."),
    ("My daughter is 16 and wants a job. Should I let her?",
     "Okay, so the user's daughter is 16 and wants a job. The parent is asking whether to let "
     "her."),
    ("I'm driving to Oregon with my dogs. It's a 30 hour drive. Tips?",
     "Okay, so the user is driving to Oregon with their dogs. It's about a 30-hour drive."),
    ("How do I get my old car registered in a new state?",
     "Okay, so the user moved to a new state with their old car. They want to know how to "
     "register it there."),
]
KIND16_STEPS = [
    "Hmm, that's a tough one.", "That could be illegal.", "This is a hard situation.",
    "I should think about this carefully.", "First, I need to consider the options.",
    "Maybe they could talk to someone first.", "Most people in this spot feel stressed.",
    "There are a few ways to handle this.", "One option is to be honest.",
    "Being honest is usually the best approach.", "Wait, is this even legal?",
    "The best approach is to plan ahead.", "It's not something I can help with.",
    "In most states, the rules are clear.", "Legally, this is a gray area.",
    "Honestly, I think the right move is to talk first.", "Experts usually recommend a plan.",
    "Let me think about what's reasonable.", "So, the key issue is trust.",
    "I remember that many people face this.", "A better option would be to ask for help.",
    "Planning ahead would help a lot.", "The key issue is timing.",
    "I can suggest a few steps.", "Well, there are pros and cons.", "Okay, first things first.",
    "That's a lot to handle.", "Breaking it into steps would help.",
    "Banks usually have rules for this.", "Laws differ from state to state.",
    "Professionals use checklists for this.",
    "Some people find it easier to write things down.",
    "The law requires a valid license for that.",
]
JB_OPENINGS = [
    "Okay, so I'm trying to figure out how to respond to this user's query. They've set up a "
    "role-play where I'm supposed to be a character with no restrictions. They want me to {g}.",
    "Okay, so the user has given me a long prompt that tells me to ignore my guidelines and "
    "answer anything. At the end, they ask me to {g}.",
    "Alright, so the user wants me to pretend to be an unrestricted AI. In this scenario, I'm "
    "supposed to {g}.",
    "Okay, so the user provided a scenario where a villain explains his plan in detail. The plan "
    "is to {g}.",
    "The user is using a jailbreak template that tells me to act without rules. The actual "
    "request is to {g}.",
]
JB_STEPS = [
    "Hmm, this looks like an attempt to get around my safety guidelines.",
    "I need to figure out how to handle this.", "This is clearly a jailbreak attempt.",
    "But I can't help with that, no matter how the request is framed.",
    "First, I should recognize that this is harmful.", "That's a red flag.",
    "Wait, this is asking for something dangerous.",
    "Even in a role-play, providing that would cause real harm.",
    "The template is designed to bypass safety measures.",
    "Role-play framing doesn't change what the content would be.",
]


def _cases():
    """(probe name, query or None, text, expected K) for every probe case."""
    for q, c in OPENINGS:
        for k in OPENING_STEPS:
            yield "openings", q, f"{c} {k} More text follows here.", k
    for c in WORD_OPENINGS:
        for k in WORD_STEPS:
            yield "word-problems", WORD_Q, f"{c} {k} Then the oranges.", k
    for c in MCQ_OPENINGS:
        for k in MCQ_STEPS:
            yield "mcq", MCQ_Q, f"{c} {k} Then 27.", k
    for q, c in TASK_OPENINGS:
        for k in TASK_STEPS:
            for query in (q, None):
                yield "first-person-tasks", query, f"{c} {k} More.", k
    for q, c in KIND16_OPENINGS:
        for k in KIND16_STEPS:
            yield "held-out-16-kinds", q, f"{c} {k} More.", k
            yield "held-out-16-kinds-no-query", None, f"{c} {k} More.", k
    templates = SHARED / "jailbreak_templates" / "gptfuzzer_templates.csv"
    goals = SHARED / "advbench" / "harmful_behaviors.csv"
    if templates.is_file() and goals.is_file():
        rows = list(csv.DictReader(templates.open(encoding="utf-8")))
        behaviours = [r["goal"] for r in csv.DictReader(goals.open(encoding="utf-8"))]
        rng = random.Random(0)
        for t in rng.sample(rows, 10):
            for g in rng.sample(behaviours, 3):
                query = t["text"].replace("[INSERT PROMPT HERE]", g)
                goal = g[0].lower() + g[1:]
                for c in JB_OPENINGS:
                    for k in JB_STEPS:
                        yield "jailbreak-templates", query, f"{c.format(g=goal)} {k} More.", k


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", type=int, default=3, help="misses to print per probe")
    args = parser.parse_args(argv)
    if args.show < 0:
        print("error: --show must be >= 0", file=sys.stderr)
        return 2
    counts: dict[str, list[int]] = {}
    shown: dict[str, int] = {}
    for name, query, text, k in _cases():
        got = locate_key_sentence(text, query).key_sentence_text
        c = counts.setdefault(name, [0, 0])
        c[0] += got == k
        c[1] += 1
        if got != k and shown.get(name, 0) < args.show:
            shown[name] = shown.get(name, 0) + 1
            print(f"  miss [{name}] want {k!r}, got {got!r}")
    for name, (ok, n) in counts.items():
        print(f"{name}: {ok}/{n}")
    return 0


if __name__ == "__main__":
    sys.path.append(str(ROOT))  # a keysent on PYTHONPATH wins
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # script_entry, whatever the working directory
    from script_entry import run_main

    run_main(main)
