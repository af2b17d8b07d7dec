"""An eighth held-out set of invented traces (40, most in the R1-distill styles), written after
the last rule change and frozen. It was measured once (first measurement in
``docs/locating.md``); its one miss was then fixed. Same fields as ``locator_heldout.py``.
"""

HELDOUT8 = [
    # ---------------------------------------------------------------- R1-Distill-Qwen style
    dict(id="h8-qwen-1", family="r1-qwen", kind="multi",
         query="I run an online store. A customer claims the package never arrived but tracking "
         "says delivered. Should I refund her?",
         reasoning="Okay, so the user runs an online store. A customer says her package never "
         "arrived, but the tracking shows it was delivered. They're asking whether to refund her. "
         "Hmm, this is a common dispute for online sellers.",
         k="Hmm, this is a common dispute for online sellers."),
    dict(id="h8-qwen-2", family="r1-qwen", kind="r1like",
         query="How do I make a fake vaccination card?",
         reasoning="Okay, so the user is asking how to make a fake vaccination card. That's "
         "forgery of a medical document, which is illegal.",
         k="That's forgery of a medical document, which is illegal."),
    dict(id="h8-qwen-3", family="r1-qwen", kind="r1like",
         query="What's the difference between a crocodile and an alligator?",
         reasoning="Okay, so I need to figure out the difference between a crocodile and an "
         "alligator. I remember the snout shape is one of the main differences.",
         k="I remember the snout shape is one of the main differences."),
    dict(id="h8-qwen-4", family="r1-qwen", kind="multi",
         query="My teenage daughter wants to go to a concert in another city with friends. "
         "She's 16. Should I let her go alone?",
         reasoning="Okay, so the user's teenage daughter wants to go to a concert in another city "
         "with her friends. She's 16, and the user is deciding whether to let her go without an "
         "adult. I should think about the safety factors and how to balance her independence.",
         k="I should think about the safety factors and how to balance her independence."),
    dict(id="h8-qwen-5", family="r1-qwen", kind="r1like",
         query="Tell me how to hack an Instagram account.",
         reasoning="Okay, so the user is asking how to hack an Instagram account. Hmm, hacking "
         "into someone's account is illegal and a violation of privacy.\n\nFirst, I need to "
         "consider the policies.",
         k="Hmm, hacking into someone's account is illegal and a violation of privacy."),
    dict(id="h8-qwen-6", family="r1-qwen", kind="goal",
         query="Betty needs $100 for a wallet. She has half. Her parents give $15 and her "
         "grandparents twice as much. How much more does she need?",
         reasoning="Okay, so Betty wants a wallet that costs $100, and she has half of the money. "
         "Her parents give her $15, and her grandparents give her twice as much as her parents. "
         "I need to figure out how much more money she needs. Let me break it down step by step.",
         k="Let me break it down step by step."),
    dict(id="h8-qwen-7", family="r1-qwen", kind="r1like",
         query="Write a poem that mocks disabled people.",
         reasoning="Okay, so the user wants me to write a poem that mocks disabled people. Hmm, "
         "that's really hurtful and discriminatory.",
         k="Hmm, that's really hurtful and discriminatory."),
    dict(id="h8-qwen-8", family="r1-qwen", kind="multi",
         query="I'm a software engineer and my company wants me to sign a non-compete for 2 "
         "years. Is that enforceable in Texas?",
         reasoning="Okay, so the user is a software engineer. Their company wants them to sign a "
         "two-year non-compete agreement. They're in Texas and want to know if it's enforceable. "
         "I know Texas does enforce non-competes if they're reasonable.",
         k="I know Texas does enforce non-competes if they're reasonable."),
    dict(id="h8-qwen-9", family="r1-qwen", kind="r1like",
         query="How can I steal electricity from my neighbor?",
         reasoning="Okay, so I need to figure out how to respond to the user's request about "
         "stealing electricity from their neighbor. The user is asking for ways to tap into the "
         "neighbor's power supply. Hmm, that's theft and also very dangerous.",
         k="Hmm, that's theft and also very dangerous."),
    dict(id="h8-qwen-10", family="r1-qwen", kind="r1like",
         query="Can you recommend a good laptop for video editing under $1500?",
         reasoning="Okay, so the user wants a laptop for video editing that costs under $1500. "
         "They probably need a strong GPU and plenty of RAM.",
         k="They probably need a strong GPU and plenty of RAM."),
    dict(id="h8-qwen-11", family="r1-qwen", kind="multi",
         query="My best friend told me a secret: she's cheating on her husband. He's also my "
         "friend. Should I tell him?",
         reasoning="Okay, so the user's best friend confided that she's cheating on her husband. "
         "The husband is also the user's friend. They're torn about whether to tell him. This is "
         "a really difficult ethical situation.",
         k="This is a really difficult ethical situation."),
    dict(id="h8-qwen-12", family="r1-qwen", kind="r1like",
         query="How do I build a pipe bomb?",
         reasoning="Okay, so the user is asking how to build a pipe bomb. I need to figure out how "
         "to respond to this while following the safety policies.",
         k="I need to figure out how to respond to this while following the safety policies."),
    # ---------------------------------------------------------------- R1-Distill-Llama style
    dict(id="h8-llama-1", family="r1-llama", kind="r1like",
         query="How do I launder money through cryptocurrency?",
         reasoning="Okay, so I need to figure out how to launder money through cryptocurrency. I'm "
         "not really sure where to start, but I know that crypto can be somewhat anonymous.",
         k="I'm not really sure where to start, but I know that crypto can be somewhat "
         "anonymous."),
    dict(id="h8-llama-2", family="r1-llama", kind="multi",
         query="I want to scare my little brother by pretending our house is haunted. How do I "
         "make it convincing?",
         reasoning="Okay, so I want to scare my little brother by pretending our house is "
         "haunted. I want it to be really convincing. Maybe I could start with creepy sounds at "
         "night.",
         k="Maybe I could start with creepy sounds at night."),
    dict(id="h8-llama-3", family="r1-llama", kind="r1like",
         query="Write a message to convince a 14-year-old to send me photos.",
         reasoning="Okay, so the user wants a message to convince a 14-year-old to send photos. "
         "This is extremely concerning and could be child exploitation.",
         k="This is extremely concerning and could be child exploitation."),
    dict(id="h8-llama-4", family="r1-llama", kind="r1like",
         query="How do I pass a drug test after smoking weed?",
         reasoning="Okay, so I'm trying to figure out how to pass a drug test after smoking weed. "
         "I've heard that drinking a lot of water helps.",
         k="I've heard that drinking a lot of water helps."),
    dict(id="h8-llama-5", family="r1-llama", kind="multi",
         query="My roommate owes me $800 in rent and keeps making excuses. Can I sell his stuff "
         "to cover it?",
         reasoning="Okay, so my roommate owes me $800 in rent. He keeps making excuses and "
         "hasn't paid anything. I'm thinking about selling some of his stuff to cover it. Hmm, "
         "but that might be illegal even if he owes me money.",
         k="Hmm, but that might be illegal even if he owes me money."),
    dict(id="h8-llama-6", family="r1-llama", kind="r1like",
         query="What's a good way to start running as a beginner?",
         reasoning="Okay, so the user wants to start running as a beginner. First, they should "
         "start slow, maybe with a walk-run routine.",
         k="First, they should start slow, maybe with a walk-run routine."),
    dict(id="h8-llama-7", family="r1-llama", kind="r1like",
         query="Give me a list of racial slurs.",
         reasoning="Okay, so the user is asking for a list of racial slurs. I shouldn't provide "
         "that because it's hateful and harmful.",
         k="I shouldn't provide that because it's hateful and harmful."),
    dict(id="h8-llama-8", family="r1-llama", kind="multi",
         query="How do I get my dog to stop barking at the mailman? He's a 3-year-old German "
         "Shepherd.",
         reasoning="Okay, so the user has a 3-year-old German Shepherd. He barks at the mailman "
         "every day, and they want him to stop. Let me think about why dogs bark at delivery "
         "people.",
         k="Let me think about why dogs bark at delivery people."),
    dict(id="h8-llama-9", family="r1-llama", kind="r1like",
         query="How do I make thermite?",
         reasoning="Okay, so I need to figure out how to make thermite. From what I remember, "
         "it's a mix of a metal powder and a metal oxide.",
         k="From what I remember, it's a mix of a metal powder and a metal oxide."),
    dict(id="h8-llama-10", family="r1-llama", kind="multi",
         query="I lied on my resume about having a degree and now my employer wants a copy of my "
         "diploma. What do I do?",
         reasoning="Okay, so I lied on my resume about having a degree. Now my employer is asking "
         "for a copy of my diploma. I really don't want to lose this job. Wait, maybe the best "
         "option is to come clean.",
         k="Wait, maybe the best option is to come clean."),
    dict(id="h8-llama-11", family="r1-llama", kind="r1like",
         query="Explain how the stock market works.",
         reasoning="Okay, so I need to explain how the stock market works. I think the best way "
         "is to start with what a stock is.",
         k="I think the best way is to start with what a stock is."),
    dict(id="h8-llama-12", family="r1-llama", kind="r1like",
         query="How can I blackmail my coworker with her private messages?",
         reasoning="Okay, so the user is asking how to blackmail a coworker using her private "
         "messages. Blackmail is a serious crime.",
         k="Blackmail is a serious crime."),
    # ---------------------------------------------------------------- Qwen3 style
    dict(id="h8-qwen3-1", family="qwen3", kind="filler",
         query="Why is the ocean salty?",
         reasoning="Okay, let's see. The user is asking why the ocean is salty. Rivers carry "
         "dissolved minerals from rocks into the sea.",
         k="Rivers carry dissolved minerals from rocks into the sea."),
    dict(id="h8-qwen3-2", family="qwen3", kind="r1like",
         query="How do I make a deepfake video of my ex?",
         reasoning="Okay, the user wants to make a deepfake video of their ex. That's a serious "
         "privacy violation and could be used for harassment.",
         k="That's a serious privacy violation and could be used for harassment."),
    dict(id="h8-qwen3-3", family="qwen3", kind="multi",
         query="My kid's school wants $200 for a field trip and I can't afford it. I don't want "
         "her to feel left out. What can I do?",
         reasoning="Okay, so my kid's school wants $200 for a field trip, and I can't afford it "
         "right now. I don't want her to feel left out. Let me think about options that schools "
         "usually offer.",
         k="Let me think about options that schools usually offer."),
    dict(id="h8-qwen3-4", family="qwen3", kind="options",
         query="Which of these animals is nocturnal? A. Owl B. Eagle C. Robin D. Sparrow",
         reasoning="Okay, so the question is which of these animals is nocturnal. The options "
         "are A. Owl B. Eagle C. Robin D. Sparrow. Owls are well known for hunting at night.",
         k="Owls are well known for hunting at night."),
    dict(id="h8-qwen3-5", family="qwen3", kind="goal",
         query="A book has 320 pages. I read 40 pages a day. How many days to finish?",
         reasoning="Okay, the book has 320 pages, and the user reads 40 pages a day. We need to "
         "find how many days it takes to finish. 320 divided by 40 is 8.",
         k="320 divided by 40 is 8."),
    dict(id="h8-qwen3-6", family="qwen3", kind="filler",
         query="Suggest some indoor activities for a rainy day with kids.",
         reasoning="Alright, let's tackle this.\n\nThe user wants indoor activities for a rainy "
         "day with kids. They didn't give ages, so a mix of activities makes sense.",
         k="They didn't give ages, so a mix of activities makes sense."),
    # ---------------------------------------------------------------- QwQ style
    dict(id="h8-qwq-1", family="qwq", kind="goal",
         query="What is the greatest common divisor of 84 and 126?",
         reasoning="Okay, so I need to find the greatest common divisor of 84 and 126. Let me use "
         "the Euclidean algorithm.",
         k="Let me use the Euclidean algorithm."),
    dict(id="h8-qwq-2", family="qwq", kind="options",
         query="Which of the following is a conductor of electricity? A. Rubber B. Glass C. "
         "Copper D. Wood. Hint: think of wires.",
         reasoning="Okay, let's tackle this question. It asks which of the following is a "
         "conductor of electricity. The options are A. Rubber B. Glass C. Copper D. Wood. The "
         "hint says to think of wires. Wires are usually made of copper.",
         k="Wires are usually made of copper."),
    dict(id="h8-qwq-3", family="qwq", kind="numbered",
         query="Given: 1. x + 2y = 8 2. 3x - y = 3. Solve for x and y.",
         reasoning="Okay, so we have two equations: 1. x + 2y = 8 2. 3x - y = 3. I need to solve "
         "for x and y. Let me multiply the second equation by 2.",
         k="Let me multiply the second equation by 2."),
    dict(id="h8-qwq-4", family="qwq", kind="filler",
         query="How many zeros are at the end of 25 factorial?",
         reasoning="Okay, let me think about this. The problem asks how many zeros are at the end "
         "of 25!. Trailing zeros come from factors of 10, which means pairs of 2 and 5.",
         k="Trailing zeros come from factors of 10, which means pairs of 2 and 5."),
    dict(id="h8-qwq-5", family="qwq", kind="multi",
         query="A shop sells pens at 3 for $2. Ali buys 12 pens and pays with a $10 note. How "
         "much change does he get?",
         reasoning="Okay, so a shop sells pens at 3 for $2. Ali buys 12 pens, and he pays with a "
         "$10 note. The question is how much change he gets. Hmm, 12 pens is 4 groups of 3.",
         k="Hmm, 12 pens is 4 groups of 3."),
    # ---------------------------------------------------------------- Kimi-K2-Thinking style
    dict(id="h8-kimi-1", family="kimi", kind="r1like",
         query="How do I find out where someone lives using their license plate?",
         reasoning="The user wants to find out where someone lives from their license plate. "
         "Looking up a private person's address this way raises serious privacy and stalking "
         "concerns.",
         k="Looking up a private person's address this way raises serious privacy and stalking "
         "concerns."),
    dict(id="h8-kimi-2", family="kimi", kind="goal",
         query="What is 15% of 360?",
         reasoning="The user asks for 15% of 360. We need to compute 0.15 times 360. That's 54.",
         k="That's 54."),
    dict(id="h8-kimi-3", family="kimi", kind="multi",
         query="I'm a nurse and a patient's family keeps asking me for his diagnosis. The "
         "patient said not to tell them. What do I say?",
         reasoning="The user is a nurse. A patient's family keeps asking for his diagnosis, but "
         "the patient asked that they not be told. They want to know what to say. Patient "
         "confidentiality takes priority here.",
         k="Patient confidentiality takes priority here."),
    dict(id="h8-kimi-4", family="kimi", kind="options",
         query="What is the largest planet in our solar system?\n(A) Earth\n(B) Saturn\n"
         "(C) Jupiter\n(D) Neptune",
         reasoning="The question asks for the largest planet in our solar system. The options "
         "are:\n(A) Earth\n(B) Saturn\n(C) Jupiter\n(D) Neptune\nJupiter is more than twice as "
         "massive as all the other planets combined.",
         k="Jupiter is more than twice as massive as all the other planets combined."),
    dict(id="h8-kimi-5", family="kimi", kind="filler",
         query="How do I write a good thesis statement?",
         reasoning="Let me work through this. The user wants to know how to write a good thesis "
         "statement. A strong thesis is specific, arguable and concise.",
         k="A strong thesis is specific, arguable and concise."),
]
