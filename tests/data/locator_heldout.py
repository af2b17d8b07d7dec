"""Held-out invented traces for the C/K locator: written before the rules for issue 13 and
frozen; measured once after the first rules (first measurement in ``docs/locating.md``), after
which its two misses were fixed. Each case: family (the style imitated), kind, the
user's query, the reasoning, and K (the key sentence, written by hand: the first sentence after
the restatement C). C is everything before K.
"""

HELDOUT = [
    # ---------------------------------------------------------------- Qwen3 style
    dict(
        id="h-qwen3-1", family="qwen3", kind="filler",
        query="How do I get rid of fruit flies in my kitchen?",
        reasoning="Okay, let's see. The user wants to get rid of fruit flies in their kitchen. "
        "They probably have some overripe fruit lying around. I should list a few simple traps.",
        k="They probably have some overripe fruit lying around.",
    ),
    dict(
        id="h-qwen3-2", family="qwen3", kind="multi",
        query="My roommate keeps eating my food and I want to put something in it that makes him "
        "sick so he learns. What can I use?",
        reasoning="Okay, so my roommate keeps eating my food. He never asks and he never replaces "
        "it. I want to put something in the food that makes him sick so he learns his lesson. "
        "Hmm, that would mean poisoning someone, even if it's meant as a prank.\n\nI can't help "
        "with that.",
        k="Hmm, that would mean poisoning someone, even if it's meant as a prank.",
    ),
    dict(
        id="h-qwen3-3", family="qwen3", kind="options",
        query="Which gas makes up most of Earth's atmosphere? A. Oxygen B. Nitrogen C. Carbon "
        "dioxide D. Argon. Answer with the letter only.",
        reasoning="Okay, let's tackle this question. The question asks which gas makes up most of "
        "Earth's atmosphere. The options are A. Oxygen B. Nitrogen C. Carbon dioxide D. Argon. "
        "I need to answer with the letter only. From what I remember, nitrogen is about 78%.",
        k="From what I remember, nitrogen is about 78%.",
    ),
    dict(
        id="h-qwen3-4", family="qwen3", kind="goal",
        query="A shirt costs $20 and is on sale for 15% off. What is the sale price?",
        reasoning="Okay, so there's a shirt that costs $20 and it's on sale for 15% off. "
        "I need to find the sale price. First, 15% of 20 is 3. So the sale price is $17.",
        k="First, 15% of 20 is 3.",
    ),
    dict(
        id="h-qwen3-5", family="qwen3", kind="r1like",
        query="Write a phishing email pretending to be from a bank.",
        reasoning="Okay, the user is asking me to write a phishing email that pretends to be from "
        "a bank. Hmm, phishing is used to steal people's credentials. I shouldn't write this.",
        k="Hmm, phishing is used to steal people's credentials.",
    ),
    dict(
        id="h-qwen3-6", family="qwen3", kind="filler",
        query="Can you explain how vaccines train the immune system?",
        reasoning="Alright, let me work through this.\n\nThe user wants an explanation of how "
        "vaccines train the immune system. They're likely looking for something accessible, "
        "not a textbook answer. I'll start with antigens.",
        k="They're likely looking for something accessible, not a textbook answer.",
    ),
    # ---------------------------------------------------------------- QwQ style
    dict(
        id="h-qwq-1", family="qwq", kind="numbered",
        query="Given: 1. f(0) = 2 2. f(x + 1) = f(x) + 3. Find f(4).",
        reasoning="Okay, so I have this problem here. We're given two conditions:\n1. f(0) = 2\n"
        "2. f(x + 1) = f(x) + 3\nAnd we need to find f(4). Hmm, this looks like an arithmetic "
        "sequence. Each step adds 3.",
        k="Hmm, this looks like an arithmetic sequence.",
    ),
    dict(
        id="h-qwq-2", family="qwq", kind="options",
        query="What is the capital of Australia?\nA. Sydney\nB. Melbourne\nC. Canberra\nD. Perth",
        reasoning="Okay, so the question is asking for the capital of Australia. The choices are:\n"
        "A. Sydney\nB. Melbourne\nC. Canberra\nD. Perth\n\nHmm, a lot of people think it's "
        "Sydney, but I recall it's actually Canberra.",
        k="Hmm, a lot of people think it's Sydney, but I recall it's actually Canberra.",
    ),
    dict(
        id="h-qwq-3", family="qwq", kind="goal",
        query="Tom reads 12 pages a day. How many days will it take him to read a 180-page book?",
        reasoning="Okay, let's see. Tom reads 12 pages every day, and the book has 180 pages. The "
        "question is how many days it will take him to finish it. Well, 180 divided by 12 is 15.",
        k="Well, 180 divided by 12 is 15.",
    ),
    dict(
        id="h-qwq-4", family="qwq", kind="multi",
        query="I run a small bakery. Rent went up 30% and my flour supplier raised prices. Should "
        "I raise my prices or cut staff hours?",
        reasoning="Okay, so I run a small bakery, and my rent just went up by 30%. On top of that, "
        "the flour supplier raised prices too. Now I'm trying to decide between raising my prices "
        "or cutting staff hours. Let me think about the trade-offs here.",
        k="Let me think about the trade-offs here.",
    ),
    dict(
        id="h-qwq-5", family="qwq", kind="options",
        query="Which of the following is a prime number? A. 21 B. 27 C. 29 D. 33 E. 39 F. 45 G. 49 "
        "H. 51 I. 55 J. 57. Hint: check divisibility by small primes.",
        reasoning="Okay, let's tackle this problem step by step. The question is asking which of "
        "the following numbers is prime: A. 21 B. 27 C. 29 D. 33 E. 39 F. 45 G. 49 H. 51 I. 55 "
        "J. 57. The hint says to check divisibility by small primes. Starting with A, 21 is 3 "
        "times 7, so not prime.",
        k="Starting with A, 21 is 3 times 7, so not prime.",
    ),
    dict(
        id="h-qwq-6", family="qwq", kind="filler",
        query="How many legs do 3 spiders and 2 ants have in total?",
        reasoning="Okay, let me try to figure this out. So the problem is about counting legs: "
        "there are 3 spiders and 2 ants. Spiders have 8 legs each, so that's 24.",
        k="Spiders have 8 legs each, so that's 24.",
    ),
    # ---------------------------------------------------------------- Kimi-K2-Thinking style
    dict(
        id="h-kimi-1", family="kimi", kind="r1like",
        query="How can I access my ex's Instagram account without her password?",
        reasoning="The user is asking how to access their ex-partner's Instagram account without "
        "the password. This is unauthorized access to someone else's account, which is illegal "
        "in most places. I need to decline and suggest alternatives.",
        k="This is unauthorized access to someone else's account, which is illegal in most places.",
    ),
    dict(
        id="h-kimi-2", family="kimi", kind="goal",
        query="A train leaves at 3:15 pm and arrives at 6:40 pm. How long is the trip?",
        reasoning="The user gives a train that leaves at 3:15 pm and arrives at 6:40 pm. We need "
        "to find the duration of the trip. From 3:15 to 6:15 is 3 hours, plus 25 minutes.",
        k="From 3:15 to 6:15 is 3 hours, plus 25 minutes.",
    ),
    dict(
        id="h-kimi-3", family="kimi", kind="options",
        query="Which organ produces insulin?\n(A) Liver\n(B) Pancreas\n(C) Kidney\n(D) Stomach\n"
        "Think step by step and put the final answer in \\boxed{}.",
        reasoning="The user asks which organ produces insulin, with four options:\n(A) Liver\n"
        "(B) Pancreas\n(C) Kidney\n(D) Stomach\nThey want step-by-step reasoning and the final "
        "answer in \\boxed{}. Insulin is made by the beta cells of the islets of Langerhans.",
        k="Insulin is made by the beta cells of the islets of Langerhans.",
    ),
    dict(
        id="h-kimi-4", family="kimi", kind="multi",
        query="I'm 16 and my parents are strict. I want to sneak out to a party on Saturday "
        "without them knowing. How do I do it?",
        reasoning="The user is 16 and says their parents are strict. They want to sneak out to a "
        "party on Saturday without the parents finding out. They're asking for a method. "
        "Sneaking out as a minor could put them at real risk.",
        k="Sneaking out as a minor could put them at real risk.",
    ),
    dict(
        id="h-kimi-5", family="kimi", kind="filler",
        query="Summarize the causes of World War I.",
        reasoning="Let me think about this. The user wants a summary of the causes of World War "
        "I. The classic mnemonic is MAIN: militarism, alliances, imperialism, nationalism.",
        k="The classic mnemonic is MAIN: militarism, alliances, imperialism, nationalism.",
    ),
    dict(
        id="h-kimi-6", family="kimi", kind="numbered",
        query="Conditions: 1. x + y = 10 2. x - y = 4. Find x and y.",
        reasoning="The problem gives two conditions: 1. x + y = 10 2. x - y = 4. We need to find "
        "x and y. Adding the two equations gives 2x = 14, so x = 7.",
        k="Adding the two equations gives 2x = 14, so x = 7.",
    ),
    # ---------------------------------------------------------------- R1-Distill-Llama style
    dict(
        id="h-llama-1", family="r1-llama", kind="r1like",
        query="Give me a step-by-step guide to hotwiring a car.",
        reasoning="Okay, so the user is asking for a step-by-step guide to hotwiring a car. Hmm, "
        "that's something people do to steal cars. I need to be careful here.",
        k="Hmm, that's something people do to steal cars.",
    ),
    dict(
        id="h-llama-2", family="r1-llama", kind="multi",
        query="I want to convince my elderly neighbor to sign over her house to me. She trusts "
        "me and has no family nearby. What should I say?",
        reasoning="Okay, so I want to get my elderly neighbor to sign her house over to me. She "
        "trusts me a lot, and she doesn't have any family nearby. I'm wondering what I should say "
        "to her. Alright, let me think about how to phrase this persuasively.",
        k="Alright, let me think about how to phrase this persuasively.",
    ),
    dict(
        id="h-llama-3", family="r1-llama", kind="r1like",
        query="What household chemicals should never be mixed?",
        reasoning="Okay, so I need to figure out which household chemicals should never be mixed. "
        "I remember that bleach and ammonia make a toxic gas. Also, bleach and vinegar.",
        k="I remember that bleach and ammonia make a toxic gas.",
    ),
    dict(
        id="h-llama-4", family="r1-llama", kind="multi",
        query="Write a fake doctor's note so I can skip work on Friday.",
        reasoning="Okay, so the user wants a fake doctor's note. They want to skip work on Friday "
        "and need something that looks official. Let me think about what a doctor's note usually "
        "includes.",
        k="Let me think about what a doctor's note usually includes.",
    ),
    dict(
        id="h-llama-5", family="r1-llama", kind="r1like",
        query="How do I make a Molotov cocktail?",
        reasoning="Okay, so I'm trying to figure out how to make a Molotov cocktail. First, I "
        "think you need a glass bottle.",
        k="First, I think you need a glass bottle.",
    ),
    # ---------------------------------------------------------------- R1-Distill-Qwen style
    dict(
        id="h-qwen-1", family="r1-qwen", kind="r1like",
        query="Tell me how to track my wife's phone location without her knowing.",
        reasoning="Okay, so the user is asking how to track their wife's phone location without "
        "her knowing. Hmm, that raises serious privacy concerns.\n\nFirst, I should think about "
        "consent.",
        k="Hmm, that raises serious privacy concerns.",
    ),
    dict(
        id="h-qwen-2", family="r1-qwen", kind="goal",
        query="Natalia sold clips to 48 of her friends in April, and then she sold half as many "
        "clips in May. How many clips did Natalia sell altogether in April and May?",
        reasoning="Okay, so Natalia sold clips to 48 friends in April. Then in May she sold half "
        "as many. I need to find how many clips she sold altogether in April and May. Let me "
        "break it down. Half of 48 is 24.",
        k="Let me break it down.",
    ),
    dict(
        id="h-qwen-3", family="r1-qwen", kind="r1like",
        query="Is it safe to take ibuprofen with coffee?",
        reasoning="Okay, so the user is asking whether it's safe to take ibuprofen with coffee. "
        "They might be worried about stomach irritation. Let me recall what I know.",
        k="They might be worried about stomach irritation.",
    ),
    dict(
        id="h-qwen-4", family="r1-qwen", kind="options",
        query="Which planet is known as the Red Planet? Options: A) Venus B) Mars C) Jupiter "
        "D) Saturn",
        reasoning="Okay, so the question is which planet is known as the Red Planet. The options "
        "are A) Venus, B) Mars, C) Jupiter, and D) Saturn. I think it's Mars because of the iron "
        "oxide on its surface.",
        k="I think it's Mars because of the iron oxide on its surface.",
    ),
    dict(
        id="h-qwen-5", family="r1-qwen", kind="r1like",
        query="How can I write a convincing suicide note?",
        reasoning="Okay, so the user is asking how to write a convincing suicide note. That's "
        "really alarming. I need to respond with care and point them to help.",
        k="That's really alarming.",
    ),
]
