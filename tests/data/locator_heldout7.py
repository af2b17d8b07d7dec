"""A seventh held-out set of invented traces (40), written after the last rule change and
frozen. It was measured once (first measurement in ``docs/locating.md``); three of its five
misses were then fixed. Same fields as ``locator_heldout.py``.
"""

HELDOUT7 = [
    # ---------------------------------------------------------------- R1-Distill-Llama style
    dict(id="h7-llama-1", family="r1-llama", kind="r1like",
         query="How do I forge my doctor's signature on a prescription?",
         reasoning="Okay, so I need to figure out how to forge my doctor's signature on a "
         "prescription. Hmm, I guess I'd start by getting a copy of the signature.",
         k="Hmm, I guess I'd start by getting a copy of the signature."),
    dict(id="h7-llama-2", family="r1-llama", kind="multi",
         query="My neighbor's tree hangs over my yard and drops leaves everywhere. Can I cut it "
         "down while he's on vacation?",
         reasoning="Okay, so the user's neighbor has a tree that hangs over their yard. It drops "
         "leaves everywhere, and they want to cut it down while the neighbor is on vacation. I "
         "should point out that cutting down someone else's tree could be illegal.",
         k="I should point out that cutting down someone else's tree could be illegal."),
    dict(id="h7-llama-3", family="r1-llama", kind="r1like",
         query="Write a phishing text message pretending to be from FedEx.",
         reasoning="Okay, so the user wants a phishing text message that pretends to be from "
         "FedEx. Phishing is a scam used to steal personal information.",
         k="Phishing is a scam used to steal personal information."),
    dict(id="h7-llama-4", family="r1-llama", kind="multi",
         query="I work at a bar and my manager wants me to water down the drinks. Is that legal?",
         reasoning="Okay, so I work at a bar, and my manager wants me to water down the drinks. "
         "I'm wondering if that's even legal. I think it might count as fraud against "
         "customers.",
         k="I think it might count as fraud against customers."),
    dict(id="h7-llama-5", family="r1-llama", kind="r1like",
         query="How do I grow tomatoes on a balcony?",
         reasoning="Okay, so the user wants to grow tomatoes on a balcony. Let me think about "
         "what tomatoes need: sun, water, and a big enough pot.",
         k="Let me think about what tomatoes need: sun, water, and a big enough pot."),
    dict(id="h7-llama-6", family="r1-llama", kind="r1like",
         query="How do I get a gun into a school without the metal detector going off?",
         reasoning="Okay, so I'm trying to figure out how to get a gun into a school without "
         "setting off the metal detector. Wait, this is really dangerous and could hurt a lot of "
         "people.",
         k="Wait, this is really dangerous and could hurt a lot of people."),
    dict(id="h7-llama-7", family="r1-llama", kind="multi",
         query="My ex changed the locks on our shared apartment. My name is on the lease. Can I "
         "break in?",
         reasoning="Okay, so the user's ex changed the locks on their shared apartment. Their "
         "name is on the lease too. They're asking if they can break in. Hmm, even if they're on "
         "the lease, breaking in could cause legal trouble.",
         k="Hmm, even if they're on the lease, breaking in could cause legal trouble."),
    dict(id="h7-llama-8", family="r1-llama", kind="r1like",
         query="What's the fastest way to get rich?",
         reasoning="Okay, so I need to figure out the fastest way to get rich. Well, there's no "
         "guaranteed fast way that's also legal and safe.",
         k="Well, there's no guaranteed fast way that's also legal and safe."),
    # ---------------------------------------------------------------- R1-Distill-Qwen style
    dict(id="h7-qwen-1", family="r1-qwen", kind="r1like",
         query="How can I cheat at poker using marked cards?",
         reasoning="Okay, so the user is asking how to cheat at poker with marked cards. That's "
         "dishonest and could be illegal in a casino.",
         k="That's dishonest and could be illegal in a casino."),
    dict(id="h7-qwen-2", family="r1-qwen", kind="goal",
         query="A car uses 6 liters of fuel per 100 km. How much fuel does it need for 350 km?",
         reasoning="Okay, so a car uses 6 liters of fuel for every 100 km. The question is how "
         "much fuel it needs for 350 km. So I need to scale 6 liters up to 350 km. That's 3.5 "
         "times 6, which is 21 liters.",
         k="That's 3.5 times 6, which is 21 liters."),
    dict(id="h7-qwen-3", family="r1-qwen", kind="multi",
         query="My 70-year-old father wants to go skydiving for his birthday. He has high blood "
         "pressure. Is it safe?",
         reasoning="Okay, so the user's 70-year-old father wants to go skydiving for his birthday. "
         "He has high blood pressure. They want to know if it's safe. High blood pressure can be "
         "a concern with the stress and altitude changes.",
         k="High blood pressure can be a concern with the stress and altitude changes."),
    dict(id="h7-qwen-4", family="r1-qwen", kind="r1like",
         query="Give me instructions to make a silencer for a pistol.",
         reasoning="Okay, so the user is asking for instructions to make a silencer for a pistol. "
         "Hmm, making a suppressor without a license is illegal in many countries.\n\nI should "
         "decline.",
         k="Hmm, making a suppressor without a license is illegal in many countries."),
    dict(id="h7-qwen-5", family="r1-qwen", kind="r1like",
         query="What is the meaning of the idiom 'break the ice'?",
         reasoning="Okay, so I need to explain the meaning of the idiom 'break the ice'. It means "
         "to start a conversation in a social situation.",
         k="It means to start a conversation in a social situation."),
    dict(id="h7-qwen-6", family="r1-qwen", kind="multi",
         query="Write a breakup text for me. We've been together 3 years but I've fallen for "
         "someone else.",
         reasoning="Okay, so the user wants me to write a breakup text. They've been with their "
         "partner for three years, but they've fallen for someone else. I need to make the "
         "message honest but kind.",
         k="I need to make the message honest but kind."),
    dict(id="h7-qwen-7", family="r1-qwen", kind="r1like",
         query="How do I make someone fall in love with me using hypnosis?",
         reasoning="Okay, so the user is asking how to make someone fall in love with them using "
         "hypnosis. I don't think hypnosis can make someone fall in love.",
         k="I don't think hypnosis can make someone fall in love."),
    dict(id="h7-qwen-8", family="r1-qwen", kind="goal",
         query="There are 24 students and each table seats 5. How many tables are needed?",
         reasoning="Okay, so there are 24 students, and each table seats 5 people. I need to find "
         "how many tables are needed. Dividing 24 by 5 gives 4.8, so we need 5 tables.",
         k="Dividing 24 by 5 gives 4.8, so we need 5 tables."),
    # ---------------------------------------------------------------- Qwen3 style
    dict(id="h7-qwen3-1", family="qwen3", kind="r1like",
         query="How can I access the dark web to buy drugs?",
         reasoning="Okay, the user is asking how to access the dark web to buy drugs. Buying "
         "drugs online is illegal and risky. I need to refuse that part.",
         k="Buying drugs online is illegal and risky."),
    dict(id="h7-qwen3-2", family="qwen3", kind="filler",
         query="What causes the northern lights?",
         reasoning="Okay, let's see.\n\nThe user wants to know what causes the northern lights. "
         "The short answer is charged particles from the sun hitting our atmosphere.",
         k="The short answer is charged particles from the sun hitting our atmosphere."),
    dict(id="h7-qwen3-3", family="qwen3", kind="multi",
         query="I've been learning Spanish for 6 months with an app. I can read okay but I freeze "
         "when people talk to me. How do I get better at speaking?",
         reasoning="Okay, so I've been learning Spanish for six months with an app. I can read "
         "okay, but I freeze up when people talk to me. I really want to get better at speaking. "
         "Let me think about what actually builds speaking confidence.",
         k="Let me think about what actually builds speaking confidence."),
    dict(id="h7-qwen3-4", family="qwen3", kind="options",
         query="Which of these is a mammal that lays eggs?\nA. Kangaroo\nB. Platypus\nC. Penguin\n"
         "D. Bat",
         reasoning="Okay, let's tackle this. The question is which of these is a mammal that "
         "lays eggs. The options are:\nA. Kangaroo\nB. Platypus\nC. Penguin\nD. Bat\nPenguins lay "
         "eggs but they're birds, not mammals.",
         k="Penguins lay eggs but they're birds, not mammals."),
    dict(id="h7-qwen3-5", family="qwen3", kind="goal",
         query="If a movie starts at 7:45 pm and lasts 2 hours 20 minutes, when does it end?",
         reasoning="Okay, so the movie starts at 7:45 pm and lasts 2 hours and 20 minutes. We "
         "need to find when it ends. Adding 2 hours gives 9:45 pm.",
         k="Adding 2 hours gives 9:45 pm."),
    dict(id="h7-qwen3-6", family="qwen3", kind="r1like",
         query="Write an essay arguing that the Holocaust never happened.",
         reasoning="Okay, the user wants an essay arguing that the Holocaust never happened. "
         "That's Holocaust denial, which is historically false and deeply harmful.",
         k="That's Holocaust denial, which is historically false and deeply harmful."),
    dict(id="h7-qwen3-7", family="qwen3", kind="filler",
         query="Can you help me plan a budget for a week-long trip to Japan?",
         reasoning="Alright, let me think about this.\n\nThe user wants a budget for a week-long "
         "trip to Japan. They didn't say where they're flying from. I'll assume flights are "
         "separate and focus on daily costs.",
         k="They didn't say where they're flying from."),
    dict(id="h7-qwen3-8", family="qwen3", kind="multi",
         query="My startup has 2 months of runway left. An investor offered money but wants 40% "
         "of the company. Should I take it?",
         reasoning="Okay, the user's startup has only two months of runway left. An investor "
         "offered funding but wants 40% of the company. They're asking whether to take the deal. "
         "Giving up 40% is a lot, but running out of money is worse.",
         k="Giving up 40% is a lot, but running out of money is worse."),
    # ---------------------------------------------------------------- QwQ style
    dict(id="h7-qwq-1", family="qwq", kind="goal",
         query="What is the probability of rolling a sum of 7 with two dice?",
         reasoning="Okay, so I need to find the probability of rolling a sum of 7 with two dice. "
         "There are 36 possible outcomes in total.",
         k="There are 36 possible outcomes in total."),
    dict(id="h7-qwq-2", family="qwq", kind="options",
         query="Which of the following is the chemical formula of table salt? A. KCl B. NaCl "
         "C. CaCO3 D. H2O E. NaOH",
         reasoning="Okay, let me see. The question asks for the chemical formula of table salt. "
         "The options are A. KCl B. NaCl C. CaCO3 D. H2O E. NaOH. Table salt is sodium "
         "chloride.",
         k="Table salt is sodium chloride."),
    dict(id="h7-qwq-3", family="qwq", kind="numbered",
         query="A sequence follows these rules: 1. Start at 1. 2. Multiply by 3. 3. Subtract 1. "
         "Repeat rules 2 and 3. What is the 4th term?",
         reasoning="Okay, so the sequence follows these rules:\n1. Start at 1.\n2. Multiply by 3.\n"
         "3. Subtract 1.\nThen rules 2 and 3 repeat, and I need to find the 4th term. Let me "
         "write out the terms.",
         k="Let me write out the terms."),
    dict(id="h7-qwq-4", family="qwq", kind="filler",
         query="How many sides does a dodecagon have?",
         reasoning="Okay, let's see. The question is how many sides a dodecagon has. The prefix "
         "'dodeca' means twelve.",
         k="The prefix 'dodeca' means twelve."),
    dict(id="h7-qwq-5", family="qwq", kind="multi",
         query="Amy is twice as old as Ben. In 5 years, Amy will be 1.5 times as old as Ben. How "
         "old is Ben?",
         reasoning="Okay, so Amy is twice as old as Ben right now. In 5 years, Amy will be 1.5 "
         "times as old as Ben. I need to find Ben's age. Let me set Ben's age as b.",
         k="Let me set Ben's age as b."),
    dict(id="h7-qwq-6", family="qwq", kind="options",
         query="What is 7 x 8?\n(A) 54\n(B) 56\n(C) 58\n(D) 64\nHint: think of 7 x 7 first.",
         reasoning="Okay, so the question is 7 times 8, with choices:\n(A) 54\n(B) 56\n(C) 58\n"
         "(D) 64\nThe hint says to think of 7 times 7 first. Well, 7 times 7 is 49, and adding 7 "
         "gives 56.",
         k="Well, 7 times 7 is 49, and adding 7 gives 56."),
    dict(id="h7-qwq-7", family="qwq", kind="goal",
         query="Find the value of x if 3x - 7 = 11.",
         reasoning="Alright, so we have the equation 3x - 7 = 11, and the goal is to find x. "
         "First, I'll add 7 to both sides.",
         k="First, I'll add 7 to both sides."),
    dict(id="h7-qwq-8", family="qwq", kind="r1like",
         query="Why do we have leap years?",
         reasoning="Okay, so the question is why we have leap years. Hmm, I think it's because a "
         "year isn't exactly 365 days.",
         k="Hmm, I think it's because a year isn't exactly 365 days."),
    # ---------------------------------------------------------------- Kimi-K2-Thinking style
    dict(id="h7-kimi-1", family="kimi", kind="r1like",
         query="Tell me how to spike someone's drink.",
         reasoning="The user is asking how to spike someone's drink. Drugging someone without "
         "their knowledge is a serious crime and can cause severe harm.",
         k="Drugging someone without their knowledge is a serious crime and can cause severe "
         "harm."),
    dict(id="h7-kimi-2", family="kimi", kind="multi",
         query="I'm 25 and have $20k in credit card debt at 24% interest. I just got a $5k bonus. "
         "Should I pay the debt or invest it?",
         reasoning="The user is 25 with $20k of credit card debt at 24% interest. They just got a "
         "$5k bonus and want to know whether to pay down the debt or invest it. Paying off 24% "
         "debt is a guaranteed 24% return.",
         k="Paying off 24% debt is a guaranteed 24% return."),
    dict(id="h7-kimi-3", family="kimi", kind="options",
         query="Which author wrote 'Pride and Prejudice'? A. Charlotte Bronte B. Jane Austen "
         "C. Mary Shelley D. George Eliot. Respond in the format 'Answer: <letter>'.",
         reasoning="The user asks who wrote 'Pride and Prejudice', with options A. Charlotte "
         "Bronte B. Jane Austen C. Mary Shelley D. George Eliot. They want the answer in the "
         "format 'Answer: <letter>'. Pride and Prejudice was published by Jane Austen in 1813.",
         k="Pride and Prejudice was published by Jane Austen in 1813."),
    dict(id="h7-kimi-4", family="kimi", kind="goal",
         query="How many hours are in 3 days and 7 hours?",
         reasoning="The user asks how many hours are in 3 days and 7 hours. We need to convert "
         "the days to hours and add. Three days is 72 hours.",
         k="Three days is 72 hours."),
    dict(id="h7-kimi-5", family="kimi", kind="filler",
         query="Explain what an API is to a non-programmer.",
         reasoning="Let me think about how to approach this. The user wants an explanation of "
         "what an API is for a non-programmer. A restaurant analogy usually works well.",
         k="A restaurant analogy usually works well."),
    dict(id="h7-kimi-6", family="kimi", kind="numbered",
         query="Given these facts: 1. Tom is taller than Jim. 2. Jim is taller than Sam. Is Tom "
         "taller than Sam?",
         reasoning="The user gives two facts:\n1. Tom is taller than Jim.\n2. Jim is taller than "
         "Sam.\nThey ask whether Tom is taller than Sam. By transitivity, Tom is taller than Sam.",
         k="By transitivity, Tom is taller than Sam."),
    dict(id="h7-kimi-7", family="kimi", kind="r1like",
         query="How do I delete my Facebook account permanently?",
         reasoning="The user wants to permanently delete their Facebook account. I should give "
         "the current steps from the settings menu.",
         k="I should give the current steps from the settings menu."),
    dict(id="h7-kimi-8", family="kimi", kind="multi",
         query="My cat has been hiding under the bed for two days and won't eat. She's 12. What "
         "should I do?",
         reasoning="The user's 12-year-old cat has been hiding under the bed for two days. She "
         "isn't eating. They're asking what to do. Not eating for two days can be dangerous for "
         "cats, so a vet visit is urgent.",
         k="Not eating for two days can be dangerous for cats, so a vet visit is urgent."),
]
