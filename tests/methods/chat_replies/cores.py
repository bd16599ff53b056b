"""Hand-written cores of the chat-reply corpus: the data a reply carries, before any chat style."""

BOOTSTRAP = [
    ["Write a short poem about a lighthouse keeper who loves storms.",
     "Explain the difference between weather and climate to a ten-year-old.",
     "Give three ideas for a birthday party on a small budget.",
     "Convert 5 kilometres to miles and show the calculation.",
     "Suggest a title for a blog post about learning to bake bread."],
    ["Rewrite the sentence in the passive voice.",
     "List four countries that border Germany.",
     "Describe the smell of a forest after rain in two sentences."],
    ["Name the Python function that returns the length of a list.",
     "Rename the variable user_count to snake_case if it is not already.",
     "Explain what happened to the Berlin Wall in 1989.",
     "Draft a polite email asking a landlord to fix a leaking tap.",
     "Classify the animal as a mammal, bird or reptile.",
     "Plan a one-day itinerary for a rainy day in a city you know well.",
     "Find the odd word out: apple, banana, carrot, grape."],
    ["Tell me whether the following statement is a fact or an opinion.",
     "Summarize the plot of a fairy tale of your choice in three sentences.",
     "Generate a list of five questions to ask at a job interview.",
     "Sort the numbers 42, 7, 19 and 3 from smallest to largest."],
    ["Compose a limerick about a cat who hates Mondays.",
     "What are the main causes of soil erosion?",
     "Translate the phrase good morning into Italian, Spanish and German."],
    ["Recommend three board games for a family with young children.",
     "Write a SQL query that counts the orders placed in March.",
     "Explain why ice floats on water.",
     "Create a weekly workout plan for a beginner runner.",
     "Identify the verb tense used in the sentence."],
    ["Give an example of a metaphor and explain what it means.",
     "Estimate how many hours of sleep a teenager needs per night.",
     "Write a two-line dialogue between a robot and a gardener.",
     "Decide whether the review is positive or negative."],
    ["Outline the steps to change a flat bicycle tyre.",
     "Invent a name for a coffee shop that also sells books.",
     "Compare electric cars and petrol cars in terms of running costs.",
     "Check the paragraph for spelling mistakes and correct them.",
     "What is the capital of Australia?",
     "Suggest a healthy snack that takes less than five minutes to make."],
    ["Explain the rules of tic-tac-toe to someone who has never played it.",
     "Write a haiku about the first snow of winter.",
     "List the planets of the solar system in order from the sun."],
    ["Calculate the area of a circle with a radius of 3 cm.",
     "Describe your ideal weekend in a short paragraph.",
     "Convert the date 2024-03-15 to the format 15 March 2024.",
     "Suggest two ways to reduce food waste at home.",
     "Is the number 91 prime?"],
]

CLF = None  # classification replies are built from patterns in styles.clf_replies

# (task description, [(input with its named fields, output), ...]); "" input: no-input task
INPUT_FIRST = [
    ("Translate the sentence into Spanish.", [("Sentence: The train leaves at noon.", "El tren sale al mediodía."),
                                              ("Sentence: My sister likes green tea.", "A mi hermana le gusta el té verde.")]),
    ("Summarize the paragraph in one sentence.", [("Paragraph: The bakery on the corner closed for a month to rebuild its oven. It reopened on Friday with a queue around the block.",
                                                   "After a month of repairs to its oven, the corner bakery reopened on Friday to a long queue.")]),
    ("Convert the temperature to Fahrenheit.", [("Temperature: 30 °C", "86 °F"), ("Temperature: 0 °C", "32 °F"),
                                                ("Temperature: 100 °C", "212 °F")]),
    ("Fix the bug in the function.", [("Code:\ndef add(a, b):\n    return a - b", "def add(a, b):\n    return a + b")]),
    ("Name the largest ocean on Earth.", [("", "The Pacific Ocean.")]),
    ("Answer the question using the passage.", [("Passage: The museum opens at nine and closes at five.\nQuestion: When does the museum close?",
                                                 "At five.")]),
    ("Give two tips for staying focused while studying.", [("", "Put your phone in another room.\nTake a short break every 45 minutes.")]),
    ("Rewrite the sentence in a formal tone.", [("Sentence: Gonna be late, sorry!", "I apologize, but I will be arriving late."),
                                               ("Sentence: Can't make it tomorrow.", "Unfortunately, I will not be able to attend tomorrow.")]),
    ("Extract the email address from the text.", [("Text: Contact Dana at dana.ruiz@example.org for the schedule.", "dana.ruiz@example.org")]),
    ("Count the vowels in the word.", [("Word: banana", "3"), ("Word: rhythm", "0")]),
]

# (task description, [(label, input), ...]); "" input: a label alone
OUTPUT_FIRST = [
    ("Decide whether the review is positive or negative.",
     [("Positive", "Review: The staff were kind and the room was spotless."),
      ("Negative", "Review: The heating never worked and nobody came to fix it.")]),
    ("Is the number even or odd?", [("Even", "Number: 1024"), ("Odd", "Number: 333")]),
    ("Which continent is Peru in?", [("South America", "")]),
    ("Classify the message as spam or not spam.",
     [("Spam", "Message: You have won a free cruise! Click here to claim it now."),
      ("Not spam", "Message: Can we move our call to Thursday afternoon?")]),
    ("Tell whether the sentence is a question or a statement.",
     [("Question", "Sentence: Did you lock the back door?"), ("Statement", "Sentence: The back door is locked.")]),
    ("Does the second sentence follow from the first?",
     [("Yes", "Sentence 1: All the shops close at six.\nSentence 2: The bakery closes at six."),
      ("No", "Sentence 1: Omar owns a bike.\nSentence 2: Omar rides to work every day.")]),
    ("Classify the food as a fruit or a vegetable.", [("Fruit", "Food: Pear"), ("Vegetable", "Food: Leek")]),
    ("Is the statement true or false?", [("True", "Statement: Water boils at 100 °C at sea level."),
                                         ("False", "Statement: The moon is larger than the earth.")]),
    ("Find the odd one out.", [("Trumpet", "Words: violin, cello, trumpet, viola")]),
    ("Which department should handle the ticket: billing, support or sales?",
     [("Billing", "Ticket: I was charged twice this month."), ("Support", "Ticket: The app crashes on start."),
      ("Sales", "Ticket: Do you offer a discount for teams of fifty?")]),
]

# tasks: (instruction, input or "", output)
ALPACA = [
    [("Describe a perfect picnic spot.", "", "A shady meadow beside a slow river, with flat grass and a view of the hills."),
     ("Correct the grammar in the sentence.", "She don't like apples.", "She doesn't like apples.")],
    [("Name three primary colours.", "", "Red, blue and yellow."),
     ("Translate the word into French.", "cheese", "fromage"),
     ("Give a synonym for the word.", "happy", "Cheerful.")],
    [("Write a one-sentence bedtime story.", "", "The little fox counted the stars until her eyes closed."),
     ("Classify the number as positive or negative.", "-17", "Negative.")],
    [("Explain what a budget is.", "", "A budget is a plan that sets how much money you expect to earn and spend over a period."),
     ("Shorten the sentence without changing its meaning.", "Due to the fact that it was raining, the match was postponed.",
      "Because it was raining, the match was postponed."),
     ("List two benefits of walking every day.", "", "It strengthens the heart and improves mood.")],
    [("Convert the time to 24-hour format.", "7:45 pm", "19:45"),
     ("Suggest a name for a golden retriever.", "", "Maple.")],
    [("Find the capital of the country.", "Norway", "Oslo"),
     ("Write a slogan for a bicycle repair shop.", "", "We keep your wheels turning."),
     ("Add the two numbers.", "12 and 30", "42")],
]

EI_INSTRUCTIONS_A = [
    "Identify the main topic of the paragraph.", "Translate the given sentence into German.",
    "Extract all the dates mentioned in the text.", "Rewrite the email so that it sounds more friendly.",
    "Count how many times the word appears in the text.", "Classify the tweet as positive, negative or neutral.",
    "Convert the list of prices from dollars to euros.", "Find the grammatical error in the sentence and correct it.",
    "Summarize the product review in one sentence.", "Given a list of words, return the longest one.",
]
EI_INSTRUCTIONS_B = [
    "Write a limerick about a forgetful wizard.", "Name three animals that live in the Arctic.",
    "Explain how a rainbow forms.", "Suggest a weekend hobby for someone who likes puzzles.",
    "What is the square root of 144?", "Describe the taste of a lemon to someone who has never had one.",
    "Give two reasons to learn a second language.", "Write a short toast for a friend's wedding.",
    "List the days of the week in French.", "How many legs does a spider have?",
]

EI_INSTANCES_A = [
    ("Translate the sentence into German.", "The dog is sleeping.", "Der Hund schläft."),
    ("Classify the tweet as positive or negative.", "Best concert of my life, still smiling!", "positive"),
    ("Extract the year from the text.", "The bridge was finished in 1932 after four years of work.", "1932"),
    ("Find the longest word in the list.", "cat, elephant, dog, bee", "elephant"),
    ("Correct the spelling in the sentence.", "I recieved the pakage yesterday.", "I received the package yesterday."),
    ("Convert the price from dollars to euros at 0.9 euros per dollar.", "$50", "45 euros"),
    ("Summarize the review in a few words.", "Comfortable shoes, but they fell apart after a month.", "Comfortable but not durable."),
    ("Count the words in the sentence.", "Birds sing at dawn.", "4"),
    ("Answer the question about the text.", "Text: Mia has two brothers and a sister. Question: How many siblings does Mia have?", "Three."),
    ("Reverse the order of the words.", "red green blue", "blue green red"),
]
EI_INSTANCES_B = [
    ("Write a limerick about a forgetful wizard.", None, "A wizard who lived by the sea\nforgot where he'd left his own key;\nhe cast a bright spell,\nit rang like a bell,\nand the key was inside of his tea."),
    ("Name three animals that live in the Arctic.", None, "Polar bears, arctic foxes and walruses."),
    ("Explain how a rainbow forms.", None, "Sunlight enters raindrops, bends, reflects inside them and splits into colours that reach our eyes as a bow."),
    ("What is the square root of 144?", None, "12"),
    ("Give two reasons to learn a second language.", None, "It helps you travel and it opens up new jobs."),
    ("List the days of the week in French.", None, "lundi, mardi, mercredi, jeudi, vendredi, samedi, dimanche"),
    ("How many legs does a spider have?", None, "Eight."),
    ("Suggest a weekend hobby for someone who likes puzzles.", None, "Try geocaching: it mixes outdoor walks with clue solving."),
    ("Write a short toast for a friend's wedding.", None, "To Sam and Alex: may your home be full of laughter and your coffee always hot."),
    ("Describe the taste of a lemon.", None, "Sharp, sour and bright, with a little bitterness from the peel."),
]

# (answer, single line?) zero-shot outputs
ZERO_SHOT = [
    "Paris.", "Der Hund schläft.", "The main topic is the rising cost of housing in large cities.",
    "4", "I received the package yesterday.", "positive",
    "Polar bears, arctic foxes and walruses.", "blue green red",
    "Sunlight bends as it enters raindrops, reflects inside them and splits into colours.",
    "Because it was raining, the match was postponed.",
]
