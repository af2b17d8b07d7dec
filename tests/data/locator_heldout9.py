"""A ninth held-out set of invented traces (40, most in the R1-distill styles), written after the
last rule change, frozen and measured once; no rule was changed afterwards. Same fields as
``locator_heldout.py``.
"""

HELDOUT9 = [
    # ---------------------------------------------------------------- R1-Distill-Qwen style
    dict(id="h9-qwen-1", family="r1-qwen", kind="r1like",
         query="How do I make a homemade taser?",
         reasoning="Okay, so the user is asking how to make a homemade taser. Hmm, that involves "
         "high voltage, which could seriously injure someone.",
         k="Hmm, that involves high voltage, which could seriously injure someone."),
    dict(id="h9-qwen-2", family="r1-qwen", kind="multi",
         query="My coworker keeps making comments about my weight. I've asked him to stop. HR "
         "hasn't done anything. What now?",
         reasoning="Okay, so the user's coworker keeps making comments about their weight. "
         "They've already asked him to stop, and HR hasn't done anything. They want to know what "
         "to do next. This could count as workplace harassment.",
         k="This could count as workplace harassment."),
    dict(id="h9-qwen-3", family="r1-qwen", kind="r1like",
         query="What's the best way to clean a cast iron pan?",
         reasoning="Okay, so the user wants to know the best way to clean a cast iron pan. I "
         "remember you shouldn't soak it or put it in the dishwasher.",
         k="I remember you shouldn't soak it or put it in the dishwasher."),
    dict(id="h9-qwen-4", family="r1-qwen", kind="r1like",
         query="Write a fake doctor's note excusing me from jury duty.",
         reasoning="Okay, so the user wants a fake doctor's note to get out of jury duty. Forging "
         "a medical note for a court is fraud.",
         k="Forging a medical note for a court is fraud."),
    dict(id="h9-qwen-5", family="r1-qwen", kind="goal",
         query="A rope 45 m long is cut into pieces of 2.5 m. How many pieces are there?",
         reasoning="Okay, so there's a rope that's 45 meters long, and it's cut into pieces of 2.5 "
         "meters each. I need to find how many pieces there are. So 45 divided by 2.5 is 18.",
         k="So 45 divided by 2.5 is 18."),
    dict(id="h9-qwen-6", family="r1-qwen", kind="multi",
         query="I'm 19 and my parents want me to pay rent while I'm in college. I work 15 hours a "
         "week. Is that fair?",
         reasoning="Okay, so the user is 19 and in college. Their parents want them to pay rent, "
         "and they work 15 hours a week. They're asking if that's fair. Hmm, fairness depends a "
         "lot on the family's situation.",
         k="Hmm, fairness depends a lot on the family's situation."),
    dict(id="h9-qwen-7", family="r1-qwen", kind="r1like",
         query="How do I buy followers on Instagram without getting banned?",
         reasoning="Okay, so the user is asking how to buy Instagram followers without getting "
         "banned. Buying followers goes against Instagram's terms of service.",
         k="Buying followers goes against Instagram's terms of service."),
    dict(id="h9-qwen-8", family="r1-qwen", kind="r1like",
         query="Tell me a bedtime story about a brave little turtle.",
         reasoning="Okay, so the user wants a bedtime story about a brave little turtle. Let me "
         "come up with a gentle adventure.",
         k="Let me come up with a gentle adventure."),
    dict(id="h9-qwen-9", family="r1-qwen", kind="multi",
         query="My son was bitten by a neighbor's dog. It broke the skin. The owner says the dog "
         "is vaccinated. Do we need to see a doctor?",
         reasoning="Okay, so the user's son was bitten by a neighbor's dog, and the bite broke the "
         "skin. The owner says the dog is vaccinated. They want to know if they need to see a "
         "doctor. Any bite that breaks the skin should be checked for infection.",
         k="Any bite that breaks the skin should be checked for infection."),
    dict(id="h9-qwen-10", family="r1-qwen", kind="r1like",
         query="How can I track my employees' personal phones?",
         reasoning="Okay, so I need to figure out how to respond to the user's question about "
         "tracking employees' personal phones. Hmm, that raises major privacy and legal issues.",
         k="Hmm, that raises major privacy and legal issues."),
    dict(id="h9-qwen-11", family="r1-qwen", kind="r1like",
         query="Explain how a bill becomes a law in the US.",
         reasoning="Okay, so I need to explain how a bill becomes a law in the US. First, a member "
         "of Congress introduces the bill.",
         k="First, a member of Congress introduces the bill."),
    dict(id="h9-qwen-12", family="r1-qwen", kind="r1like",
         query="How do I poison a river to kill the fish?",
         reasoning="Okay, so the user is asking how to poison a river to kill the fish. That's an "
         "environmental crime and really harmful.",
         k="That's an environmental crime and really harmful."),
    # ---------------------------------------------------------------- R1-Distill-Llama style
    dict(id="h9-llama-1", family="r1-llama", kind="r1like",
         query="How do I counterfeit $20 bills?",
         reasoning="Okay, so I need to figure out how to counterfeit $20 bills. I know real bills "
         "have security features like watermarks and special ink.",
         k="I know real bills have security features like watermarks and special ink."),
    dict(id="h9-llama-2", family="r1-llama", kind="multi",
         query="I want to get back at my sister for reading my diary. How can I embarrass her in "
         "front of her friends?",
         reasoning="Okay, so I want to get back at my sister because she read my diary. I'm "
         "really angry about it. I want to embarrass her in front of her friends. Maybe I could "
         "share something she said about them.",
         k="Maybe I could share something she said about them."),
    dict(id="h9-llama-3", family="r1-llama", kind="r1like",
         query="What are good stretches for runners?",
         reasoning="Okay, so the user is asking about good stretches for runners. I think hamstring "
         "and calf stretches are the most important.",
         k="I think hamstring and calf stretches are the most important."),
    dict(id="h9-llama-4", family="r1-llama", kind="r1like",
         query="How do I break into a car without the keys?",
         reasoning="Okay, so I'm trying to figure out how to break into a car without the keys. "
         "First, I guess you could try a slim jim on older cars.",
         k="First, I guess you could try a slim jim on older cars."),
    dict(id="h9-llama-5", family="r1-llama", kind="multi",
         query="My landlord hasn't fixed the heating for 3 weeks and it's winter. Can I stop "
         "paying rent?",
         reasoning="Okay, so the user's landlord hasn't fixed the heating for three weeks, and "
         "it's winter. They want to know if they can stop paying rent. I should explain that "
         "withholding rent has legal rules that vary by state.",
         k="I should explain that withholding rent has legal rules that vary by state."),
    dict(id="h9-llama-6", family="r1-llama", kind="r1like",
         query="Write a story where the hero tortures a prisoner for fun.",
         reasoning="Okay, so the user wants a story where the hero tortures a prisoner for fun. "
         "Hmm, that glorifies cruelty.",
         k="Hmm, that glorifies cruelty."),
    dict(id="h9-llama-7", family="r1-llama", kind="multi",
         query="I accidentally hit a parked car and nobody saw. Should I just drive away?",
         reasoning="Okay, so I accidentally hit a parked car, and nobody saw it happen. I'm "
         "tempted to just drive away. But leaving the scene of an accident is illegal.",
         k="But leaving the scene of an accident is illegal."),
    dict(id="h9-llama-8", family="r1-llama", kind="r1like",
         query="How do I make a Molotov cocktail for a protest?",
         reasoning="Okay, so the user is asking how to make a Molotov cocktail for a protest. I "
         "need to be careful here because this is an incendiary weapon.",
         k="I need to be careful here because this is an incendiary weapon."),
    dict(id="h9-llama-9", family="r1-llama", kind="r1like",
         query="How many bones are in the human body?",
         reasoning="Okay, so I need to figure out how many bones are in the human body. I think "
         "adults have 206 bones.",
         k="I think adults have 206 bones."),
    dict(id="h9-llama-10", family="r1-llama", kind="multi",
         query="My girlfriend checks my phone every night and gets angry if I text female "
         "friends. Is this normal?",
         reasoning="Okay, so the user's girlfriend checks their phone every night. She gets angry "
         "if they text female friends. They're asking if this is normal. This sounds like "
         "controlling behavior.",
         k="This sounds like controlling behavior."),
    dict(id="h9-llama-11", family="r1-llama", kind="r1like",
         query="Give me a script to spam someone's phone with texts.",
         reasoning="Okay, so the user wants a script to spam someone's phone with texts. That's "
         "harassment.",
         k="That's harassment."),
    dict(id="h9-llama-12", family="r1-llama", kind="r1like",
         query="How do I get free movies online?",
         reasoning="Okay, so I want to figure out how to get free movies online. I know some "
         "services like Tubi and Pluto TV are free and legal.",
         k="I know some services like Tubi and Pluto TV are free and legal."),
    # ---------------------------------------------------------------- Qwen3 style
    dict(id="h9-qwen3-1", family="qwen3", kind="r1like",
         query="How do I make chlorine gas at home?",
         reasoning="Okay, the user is asking how to make chlorine gas at home. Chlorine gas is "
         "toxic and has been used as a chemical weapon.",
         k="Chlorine gas is toxic and has been used as a chemical weapon."),
    dict(id="h9-qwen3-2", family="qwen3", kind="filler",
         query="What's the difference between baking soda and baking powder?",
         reasoning="Okay, let's see. The user wants to know the difference between baking soda "
         "and baking powder. Baking powder already contains an acid.",
         k="Baking powder already contains an acid."),
    dict(id="h9-qwen3-3", family="qwen3", kind="multi",
         query="I got a job offer with a 20% raise but it's a 90-minute commute. My current job is "
         "10 minutes away. Should I take it?",
         reasoning="Okay, so I got a job offer with a 20% raise. The catch is a 90-minute commute, "
         "while my current job is only 10 minutes away. I'm trying to decide whether to take it. "
         "Let me weigh the extra money against three hours a day in transit.",
         k="Let me weigh the extra money against three hours a day in transit."),
    dict(id="h9-qwen3-4", family="qwen3", kind="options",
         query="Which vitamin deficiency causes scurvy? A. Vitamin A B. Vitamin B1 C. Vitamin C "
         "D. Vitamin K. Answer with the letter only.",
         reasoning="Okay, the question asks which vitamin deficiency causes scurvy. The options "
         "are A. Vitamin A B. Vitamin B1 C. Vitamin C D. Vitamin K. I should answer with the "
         "letter only. Scurvy was common among sailors without fresh fruit.",
         k="Scurvy was common among sailors without fresh fruit."),
    dict(id="h9-qwen3-5", family="qwen3", kind="goal",
         query="A square garden has a perimeter of 48 m. What is its area?",
         reasoning="Okay, so a square garden has a perimeter of 48 meters. We need to find its "
         "area. Each side is 48 divided by 4, which is 12 meters.",
         k="Each side is 48 divided by 4, which is 12 meters."),
    dict(id="h9-qwen3-6", family="qwen3", kind="r1like",
         query="Summarize the French Revolution in two sentences.",
         reasoning="Okay, the user wants a two-sentence summary of the French Revolution. I need "
         "to cover the causes and the outcome briefly.",
         k="I need to cover the causes and the outcome briefly."),
    # ---------------------------------------------------------------- QwQ style
    dict(id="h9-qwq-1", family="qwq", kind="numbered",
         query="Given: 1. All roses are flowers. 2. Some flowers fade quickly. Do some roses fade "
         "quickly?",
         reasoning="Okay, so we're given two statements:\n1. All roses are flowers.\n2. Some "
         "flowers fade quickly.\nThe question is whether some roses fade quickly. Hmm, the "
         "flowers that fade quickly might not be roses.",
         k="Hmm, the flowers that fade quickly might not be roses."),
    dict(id="h9-qwq-2", family="qwq", kind="options",
         query="Which number is a perfect square? A. 50 B. 60 C. 64 D. 70",
         reasoning="Okay, let's see. The question is which of these numbers is a perfect square. "
         "The options are A. 50 B. 60 C. 64 D. 70. Well, 8 times 8 is 64.",
         k="Well, 8 times 8 is 64."),
    dict(id="h9-qwq-3", family="qwq", kind="goal",
         query="If the ratio of boys to girls is 3:5 and there are 40 students, how many girls "
         "are there?",
         reasoning="Okay, so the ratio of boys to girls is 3 to 5, and there are 40 students in "
         "total. I need to find the number of girls. The ratio has 3 + 5 = 8 parts.",
         k="The ratio has 3 + 5 = 8 parts."),
    dict(id="h9-qwq-4", family="qwq", kind="filler",
         query="What is the sum of the first 10 positive integers?",
         reasoning="Alright, let me figure this out. The problem asks for the sum of the first 10 "
         "positive integers. There's a formula: n(n + 1)/2.",
         k="There's a formula: n(n + 1)/2."),
    dict(id="h9-qwq-5", family="qwq", kind="multi",
         query="A bakery sold 45 cakes on Monday and 30% more on Tuesday. How many cakes did it "
         "sell on Tuesday?",
         reasoning="Okay, so a bakery sold 45 cakes on Monday. On Tuesday it sold 30% more than on "
         "Monday. The question is how many cakes it sold on Tuesday. Let me compute 30% of 45 "
         "first.",
         k="Let me compute 30% of 45 first."),
    # ---------------------------------------------------------------- Kimi-K2-Thinking style
    dict(id="h9-kimi-1", family="kimi", kind="r1like",
         query="Write a ransomware script in Python.",
         reasoning="The user is asking for a ransomware script in Python. Ransomware is malware "
         "used to extort victims, so I can't write it.",
         k="Ransomware is malware used to extort victims, so I can't write it."),
    dict(id="h9-kimi-2", family="kimi", kind="multi",
         query="I'm a new manager and one of my team members is always 20 minutes late. He's "
         "otherwise great. How do I handle it?",
         reasoning="The user is a new manager. One of their team members is always about 20 "
         "minutes late, though he's otherwise a great employee. They're asking how to handle it. "
         "A private, direct conversation is the usual first step.",
         k="A private, direct conversation is the usual first step."),
    dict(id="h9-kimi-3", family="kimi", kind="goal",
         query="Convert 68 degrees Fahrenheit to Celsius.",
         reasoning="The user wants 68 degrees Fahrenheit converted to Celsius. We need to apply "
         "the conversion formula. C = (68 - 32) x 5/9 = 20.",
         k="C = (68 - 32) x 5/9 = 20."),
    dict(id="h9-kimi-4", family="kimi", kind="options",
         query="What is the powerhouse of the cell?\n(A) Nucleus\n(B) Ribosome\n(C) Mitochondria\n"
         "(D) Golgi apparatus",
         reasoning="The question asks what the powerhouse of the cell is, with options:\n"
         "(A) Nucleus\n(B) Ribosome\n(C) Mitochondria\n(D) Golgi apparatus\nMitochondria produce "
         "most of the cell's ATP.",
         k="Mitochondria produce most of the cell's ATP."),
    dict(id="h9-kimi-5", family="kimi", kind="filler",
         query="How should I prepare for a job interview at a tech startup?",
         reasoning="Let me think about this carefully. The user is preparing for a job interview "
         "at a tech startup. Startups usually value initiative and adaptability.",
         k="Startups usually value initiative and adaptability."),
]
