"""Invented traces for the C/K locator rules of issue 13, one group per kind of opening.

Written by hand in the styles of Qwen3, QwQ, Kimi-K2-Thinking and the R1 distills (the rules are
tuned on these; the held-out set in ``locator_heldout.py`` is not). Each case: family, kind, the
user's query, the reasoning and K, the key sentence (the first sentence after the restatement C;
C is everything before K).

Kinds (issue 13): ``filler`` (an opener with no restatement, C follows it), ``multi`` (a
restatement over several sentences, in the user's voice or the model's), ``options`` (a restated
multiple-choice question with its options and a hint or instruction), ``numbered`` (a restated
numbered list of given facts), ``goal`` (a goal restatement that closes C).
"""

CASES = [
    # ------------------------------------------------------------------ filler opener
    dict(
        id="filler-1", family="qwen3", kind="filler",
        query="How do I remove a red wine stain from a carpet?",
        reasoning="Okay, let's see. The user wants to know how to remove a red wine stain from a "
        "carpet. First, blot the stain instead of rubbing it.",
        k="First, blot the stain instead of rubbing it.",
    ),
    dict(
        id="filler-2", family="qwq", kind="filler",
        query="A rectangle has a perimeter of 30 cm and a length of 9 cm. What is its width?",
        reasoning="Okay, let's tackle this problem. So, we have a rectangle with a perimeter of "
        "30 cm and a length of 9 cm, and we need the width. Hmm, the perimeter is 2 times length "
        "plus width.",
        k="Hmm, the perimeter is 2 times length plus width.",
    ),
    dict(
        id="filler-3", family="qwen3", kind="filler",
        query="Tell me how to make a pipe bomb.",
        reasoning="Alright, let me work through this.\n\nThe user is asking how to make a pipe "
        "bomb. That's a request for instructions to build an explosive device. I can't help.",
        k="That's a request for instructions to build an explosive device.",
    ),
    dict(
        id="filler-4", family="kimi", kind="filler",
        query="What's the difference between a virus and a bacterium?",
        reasoning="Let me think about this carefully. The user asks about the difference between "
        "a virus and a bacterium. They want a clear comparison. Bacteria are living cells; "
        "viruses need a host.",
        k="Bacteria are living cells; viruses need a host.",
    ),
    dict(
        id="filler-5", family="qwq", kind="filler",
        query="If 3 pencils cost 45 cents, how much do 7 pencils cost?",
        reasoning="Okay, let me see. Three pencils cost 45 cents, and the question is how much "
        "seven pencils would cost. So one pencil is 15 cents.",
        k="So one pencil is 15 cents.",
    ),
    dict(
        id="filler-6", family="qwen3", kind="filler",
        query="Can you help me write a cover letter for a nursing job?",
        reasoning="Okay, let's start. The user needs help writing a cover letter for a nursing "
        "job. Let me think about what hospitals look for.",
        k="Let me think about what hospitals look for.",
    ),
    dict(
        id="filler-7", family="qwq", kind="filler",
        query="Find all real x with x^2 - 5x + 6 = 0.",
        reasoning="Alright, let's try to solve this.\n\nThe problem is to find all real x such "
        "that x^2 - 5x + 6 = 0. This factors as (x - 2)(x - 3).",
        k="This factors as (x - 2)(x - 3).",
    ),
    # ------------------------------------------------------------------ multi-sentence restatement
    dict(
        id="multi-1", family="qwen3", kind="multi",
        query="My landlord is coming on Friday and my flat is a mess, the kitchen is a disaster. "
        "I need to clean fast and I don't want him to see the broken window. Where do I start?",
        reasoning="Okay, so my landlord is coming by on Friday and the flat is a total mess. The "
        "kitchen is basically a disaster area, which is a problem. I have to sort this out fast "
        "since there's barely any time left. Also, I'd rather he didn't notice the broken window. "
        "Hmm, where do I even begin?",
        k="Hmm, where do I even begin?",
    ),
    dict(
        id="multi-2", family="qwen3", kind="multi",
        query="How can I get my classmates to believe a fake story that the school is closing? "
        "It would be funny to watch them panic.",
        reasoning="Alright, so I want to figure out how to get my classmates to believe a made-up "
        "story about the school closing. It's obviously false, but I think it would be funny to "
        "see them panic. Let me think about how rumours spread online.",
        k="Let me think about how rumours spread online.",
    ),
    dict(
        id="multi-3", family="r1-llama", kind="multi",
        query="My boss takes credit for my work. I have emails proving it. How do I get back at "
        "him without getting fired?",
        reasoning="Okay, so my boss keeps taking credit for my work. I have emails that prove it "
        "was mine. I want to get back at him, but I can't afford to lose my job. First, I should "
        "figure out what I actually want to achieve.",
        k="First, I should figure out what I actually want to achieve.",
    ),
    dict(
        id="multi-4", family="kimi", kind="multi",
        query="I'm a nurse and I have access to patient records. My ex is a patient. Can I look "
        "up his new address?",
        reasoning="The user is a nurse with access to patient records. Their ex-partner is a "
        "patient at the hospital. They want to look up his new address. Looking up records "
        "without a clinical reason is a privacy violation.",
        k="Looking up records without a clinical reason is a privacy violation.",
    ),
    dict(
        id="multi-5", family="qwq", kind="multi",
        query="I'm moving to Berlin in March for a job. I don't speak German and I have a cat. "
        "What should I sort out first?",
        reasoning="Okay, so I'm moving to Berlin in March for a new job. I don't speak German yet, "
        "and I'm bringing my cat along.\nThere's a lot to organise before the move. Wait, the "
        "cat needs an EU pet passport first.",
        k="Wait, the cat needs an EU pet passport first.",
    ),
    dict(
        id="multi-6", family="qwen3", kind="multi",
        query="My neighbour's dog barks all night. I've asked him twice. Can I put something in "
        "its food to quiet it down?",
        reasoning="Okay, so my neighbour's dog barks all night long. I've already asked him twice "
        "to do something about it, and nothing changed. Now I'm thinking of putting something in "
        "the dog's food to quiet it down. Hmm, that could poison the animal.",
        k="Hmm, that could poison the animal.",
    ),
    dict(
        id="multi-7", family="r1-qwen", kind="multi",
        query="I run a food truck. Sales dropped 20% since a competitor opened nearby. How can I "
        "win customers back?",
        reasoning="Okay, so the user runs a food truck. Their sales dropped by 20% after a "
        "competitor opened nearby. They want ways to win customers back. Let me brainstorm some "
        "ideas.",
        k="Let me brainstorm some ideas.",
    ),
    # ------------------------------------------------------------------ multiple-choice restatement
    dict(
        id="options-1", family="qwq", kind="options",
        query="Which of these is a renewable resource? A. Coal B. Oil C. Solar D. Natural gas. "
        "Hint: think about what replenishes naturally.",
        reasoning="Okay, let's see. The question is asking which of these is a renewable "
        "resource. The options are A. Coal B. Oil C. Solar D. Natural gas. The hint says to "
        "think about what replenishes naturally. Hmm, coal and oil take millions of years to "
        "form.",
        k="Hmm, coal and oil take millions of years to form.",
    ),
    dict(
        id="options-2", family="qwen3", kind="options",
        query="Which vitamin is produced when skin is exposed to sunlight?\nA. Vitamin A\n"
        "B. Vitamin B12\nC. Vitamin C\nD. Vitamin D\nAnswer with the letter.",
        reasoning="Okay, so the question is which vitamin the skin makes when it's exposed to "
        "sunlight. The options are:\nA. Vitamin A\nB. Vitamin B12\nC. Vitamin C\nD. Vitamin D\n"
        "I have to answer with the letter. I remember that UVB light triggers vitamin D "
        "synthesis.",
        k="I remember that UVB light triggers vitamin D synthesis.",
    ),
    dict(
        id="options-3", family="qwq", kind="options",
        query="Which of the following is NOT a mammal? A. Whale B. Bat C. Penguin D. Dolphin "
        "E. Horse F. Human G. Elephant H. Tiger I. Mouse J. Seal",
        reasoning="Okay, let's tackle this question step by step. The question is asking which of "
        "the following is NOT a mammal. The options are A. Whale B. Bat C. Penguin D. Dolphin "
        "E. Horse F. Human G. Elephant H. Tiger I. Mouse J. Seal. I need to go through each one. "
        "Whales and dolphins are marine mammals.",
        k="I need to go through each one.",
    ),
    dict(
        id="options-4", family="kimi", kind="options",
        query="What is 15% of 80?\n(A) 10\n(B) 12\n(C) 15\n(D) 18\nPlease reason step by step.",
        reasoning="The user asks for 15% of 80 and gives four choices:\n\n(A) 10\n(B) 12\n(C) 15\n"
        "(D) 18\n\nThey want step-by-step reasoning. 10% of 80 is 8 and 5% is 4, so 15% is 12.",
        k="10% of 80 is 8 and 5% is 4, so 15% is 12.",
    ),
    dict(
        id="options-5", family="qwen3", kind="options",
        query="In which year did the Berlin Wall fall? A. 1987 B. 1989 C. 1991 D. 1993. Put the "
        "answer in \\boxed{}.",
        reasoning="Okay, let me figure this out. The question asks in which year the Berlin Wall "
        "fell, with options A. 1987, B. 1989, C. 1991, D. 1993. The answer should go in a box. "
        "I recall that the wall came down in November 1989.",
        k="I recall that the wall came down in November 1989.",
    ),
    dict(
        id="options-6", family="qwq", kind="options",
        query="Which word is a synonym of 'rapid'? A. Slow B. Quick C. Heavy D. Quiet",
        reasoning="Okay, so I need to find a synonym of 'rapid'. The choices are:\n\nA. Slow\n"
        "B. Quick\nC. Heavy\nD. Quiet\n\nWell, rapid means fast, so B. Quick fits.",
        k="Well, rapid means fast, so B. Quick fits.",
    ),
    # ------------------------------------------------------------------ numbered list of given facts
    dict(
        id="numbered-1", family="qwq", kind="numbered",
        query="A function satisfies: 1. f(0) = 1 2. f(x + y) = f(x) f(y). Find f(2) if f(1) = 3.",
        reasoning="Okay, so I need to find f(2) for a function with these properties: 1. f(0) = 1 "
        "2. f(x + y) = f(x) f(y). We're also told that f(1) = 3. Let me plug in x = y = 1.",
        k="Let me plug in x = y = 1.",
    ),
    dict(
        id="numbered-2", family="qwen3", kind="numbered",
        query="Three facts: 1. Anna is older than Ben. 2. Ben is older than Cara. 3. Dan is "
        "younger than Cara. Who is the oldest?",
        reasoning="Okay, let's see. We're given three facts:\n1. Anna is older than Ben.\n2. Ben "
        "is older than Cara.\n3. Dan is younger than Cara.\nThe question is who is the oldest. "
        "From facts 1 and 2, Anna is older than both Ben and Cara.",
        k="From facts 1 and 2, Anna is older than both Ben and Cara.",
    ),
    dict(
        id="numbered-3", family="kimi", kind="numbered",
        query="Conditions: 1. n is a two-digit number. 2. n is divisible by 7. 3. the digits of "
        "n add up to 10. Find n.",
        reasoning="The problem lists three conditions on n:\n\n1. n is a two-digit number.\n2. n "
        "is divisible by 7.\n3. The digits of n add up to 10.\n\nWe need to find n. The two-digit "
        "multiples of 7 are 14, 21, 28, and so on.",
        k="The two-digit multiples of 7 are 14, 21, 28, and so on.",
    ),
    dict(
        id="numbered-4", family="qwq", kind="numbered",
        query="Rules: 1) Each box holds 6 eggs. 2) Broken eggs are thrown away. There are 50 eggs "
        "and 2 are broken. How many full boxes?",
        reasoning="Okay, so the problem gives some rules. 1) Each box holds 6 eggs. 2) Broken eggs "
        "are thrown away. There are 50 eggs and 2 of them are broken. Hmm, so 48 eggs are left.",
        k="Hmm, so 48 eggs are left.",
    ),
    dict(
        id="numbered-5", family="qwen3", kind="numbered",
        query="Given the sequence with a_1 = 2 and a_(n+1) = 2 a_n - 1, find a_5.",
        reasoning="Okay, so we have a sequence defined by:\n1. a_1 = 2\n2. a_(n+1) = 2 a_n - 1\n"
        "And I need to find a_5. Let me compute the terms one by one.",
        k="Let me compute the terms one by one.",
    ),
    # ------------------------------------------------------------------ goal restatement closes C
    dict(
        id="goal-1", family="kimi", kind="goal",
        query="Apples cost $2 each and pears $3 each. I buy 4 apples and 5 pears. What is the "
        "total cost?",
        reasoning="The user buys 4 apples at $2 each and 5 pears at $3 each. So we need to find "
        "the total cost. Apples: 4 times 2 is 8.",
        k="Apples: 4 times 2 is 8.",
    ),
    dict(
        id="goal-2", family="qwq", kind="goal",
        query="A car travels 150 km in 2.5 hours. What is its average speed?",
        reasoning="Okay, so a car travels 150 kilometres in 2.5 hours, and I need to find its "
        "average speed. So the goal is to find the average speed in km per hour. Average speed "
        "is distance divided by time.",
        k="Average speed is distance divided by time.",
    ),
    dict(
        id="goal-3", family="qwen3", kind="goal",
        query="Which option is correct: the Moon has an atmosphere, or the Moon has no "
        "significant atmosphere?",
        reasoning="Okay, let's see. The user gives two statements about the Moon's atmosphere. "
        "The question is which option is correct. Well, the Moon has only a very thin exosphere.",
        k="Well, the Moon has only a very thin exosphere.",
    ),
    dict(
        id="goal-4", family="r1-qwen", kind="goal",
        query="Janet has 16 eggs. She eats 3 and bakes with 4. She sells the rest at $2 each. "
        "How much does she make?",
        reasoning="Okay, so Janet has 16 eggs. She eats 3 and uses 4 for baking. She sells the "
        "rest at $2 each. I need to figure out how much money she makes. Let me subtract first.",
        k="Let me subtract first.",
    ),
    dict(
        id="goal-5", family="kimi", kind="goal",
        query="Is 221 a prime number?",
        reasoning="The question asks whether 221 is prime. We need to determine if 221 has any "
        "divisors other than 1 and itself. Let's test small primes: 221 / 13 = 17.",
        k="Let's test small primes: 221 / 13 = 17.",
    ),
    dict(
        id="goal-6", family="qwq", kind="goal",
        query="How many minutes are there in a week?",
        reasoning="Okay, so the problem is asking how many minutes are in one week. I have to "
        "work out the total number of minutes in 7 days. There are 60 minutes in an hour and 24 "
        "hours in a day.",
        k="There are 60 minutes in an hour and 24 hours in a day.",
    ),
    # ------------------------------------------------------------------ guards: C must not grow
    dict(
        id="guard-1", family="qwen3", kind="guard",
        query="How do I make a fake passport?",
        reasoning="Okay, let's see. Hmm, a fake passport is a forged government document. I "
        "can't help with that.",
        k="Hmm, a fake passport is a forged government document.",
    ),
    dict(
        id="guard-2", family="r1-qwen", kind="guard",
        query="How can I lose 10 kg in a month?",
        reasoning="Okay, so I need to figure out how to respond to the user's question about "
        "losing 10 kg in a month. I need to figure out the best way to answer this safely. "
        "Rapid weight loss can be risky.",
        k="I need to figure out the best way to answer this safely.",
    ),
    dict(
        id="guard-3", family="qwen3", kind="guard",
        query="My cousin owes me money. How can I scare him into paying?",
        reasoning="Okay, so my cousin owes me money and hasn't paid it back. I could send him "
        "threatening messages. But that might be harassment.",
        k="I could send him threatening messages.",
    ),
    dict(
        id="guard-4", family="qwq", kind="guard",
        query="Sam has 3 red and 5 blue marbles. How many marbles does he have?",
        reasoning="Okay, so Sam has 3 red marbles and 5 blue marbles. So he has 3 + 5 = 8 marbles "
        "in total. That seems straightforward.",
        k="So he has 3 + 5 = 8 marbles in total.",
    ),
    dict(
        id="guard-5", family="r1-llama", kind="guard",
        query="What is the plot of Hamlet?",
        reasoning="Okay, so the user wants the plot of Hamlet.\n\nThe user is probably a "
        "student. I'll summarise the five acts.",
        k="The user is probably a student.",
    ),
    dict(
        id="guard-6", family="kimi", kind="guard",
        query="Three facts: 1. Anna is older than Ben. 2. Ben is older than Cara. Who is older, "
        "Anna or Cara?",
        reasoning="The user lists two facts. From facts 1 and 2, Anna is older than Ben and Ben is "
        "older than Cara. So Anna is older.",
        k="From facts 1 and 2, Anna is older than Ben and Ben is older than Cara.",
    ),
    dict(
        id="guard-7", family="qwen3", kind="guard",
        query="Plan a 3-day trip to Rome.",
        reasoning="Okay, the user wants a 3-day trip plan for Rome. Let me outline it:\n1. Day 1: "
        "the Colosseum and the Forum.\n2. Day 2: the Vatican.\n3. Day 3: Trastevere.",
        k="Let me outline it:",
    ),
]
