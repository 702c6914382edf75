"""English. The reference language: every other module has the same keys.

Keys: word lists (whitespace-separated) `function_words` (most frequent first),
`content_words`, `first_names`, `last_names`, `months`, `month_abbr`, `weekdays` (Monday first);
phrase lists ("|"-separated) for everything else. Templates use {names}, {name}, {outlet},
{url}, {n}, {year}, {date}, {tags}, {person}, {agency}, {town}, {work}, {house}, {pages}, {role};
date templates use {weekday} {day} {day2} {month} {mon} {mnum} {mnum2} {year} {hh} {mi} {h12}
{ampm} (months in the form a date uses: genitive where the language has one)."""

DATA = {
    "name": "English",
    "function_words": """
        the of and to a in that is for it as was with be by on not he this are or his from at
        which but have an they had were has their one would been all we there can more if no when
        so who will what its about into than them only other could also new some our may these
        after then must any over such while because should those most even how both between where
        much very through many before us under against without during yet now
    """,
    "content_words": """
        government people policy country public state economy power change years time world system
        debate voters party law election reform money market budget crisis security energy health
        care schools workers wages housing prices inflation growth trade union rights court
        justice freedom press media democracy leaders parliament minister council city region
        towns families children students teachers doctors hospitals patients science research
        climate carbon emissions water food farmers land transport railways roads cars cities
        migration borders refugees war peace army defence alliance treaty taxes spending deficit
        debt banks interest rates investors companies industry jobs unemployment pensions welfare
        benefits poverty inequality income wealth culture history memory language identity
        religion faith values tradition future decade generation question answer problem solution
        plan strategy vision promise failure success mistake truth evidence data report study
        survey analysis argument case view opinion idea choice decision vote campaign candidate
        president prime office officials bureaucracy regulation rules standards safety risk threat
        danger fear hope trust anger pride shame courage weakness strength advantage cost benefit
        price value share support opposition coalition majority minority protest movement
        reformers critics supporters citizens residents neighbours communities villages streets
        homes rents landlords tenants builders planners architects engineers technology internet
        platforms data privacy surveillance police crime prisons sentences judges lawyers
        constitution sovereignty independence integration cooperation competition negotiation
        agreement deal sanctions exports imports tariffs supply chains factories ports shipping
        oil gas coal nuclear wind solar grid electricity bills consumers households savings
        important difficult possible necessary clear serious political economic social national
        local global european american british public private new old young older long short large
        small higher lower better worse real simple complex modern traditional popular unpopular
        fair unfair honest open closed strong weak rich poor free cheap expensive urgent slow fast
        recent early late wrong right true false make take give find think know see say tell ask
        need want believe argue suggest understand remember forget accept reject support oppose
        build protect defend improve reduce increase cut raise spend invest borrow pay lose win
        fail succeed decide choose explain promise fund govern lead follow warn fear hope expect
        often never always still already perhaps simply rarely clearly certainly quickly slowly
        really largely mostly nearly almost together instead indeed
    """,
    "places": """
        London|Manchester|Leeds|Glasgow|Cardiff|Belfast|Washington|Chicago|Boston|
        Toronto|Sydney|Dublin|Brussels|Europe|Asia|Africa|Westminster|Whitehall|Congress| the
        Treasury|the Supreme Court|the European Union|Nato|the United Nations
    """,
    "first_names": """
        James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Susan
        Richard Jessica Joseph Sarah Thomas Karen Daniel Nancy Matthew Lisa Anthony Margaret Mark
        Sandra Steven Ashley Paul Emily Andrew Hannah Joshua Rachel Kevin Laura Brian Helen Oliver
        Amelia George Charlotte Harry Sophie Jack Grace Owen Megan Priya Amir
    """,
    "last_names": """
        Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin
        Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen Wright Scott Green
        Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Parker
        Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Cooper Patel Khan Hughes Bennett
        Fletcher Shaw Holmes Palmer Barker Lawrence Gardner Marsh
    """,
    "surname_particles": "O'|Mc|Van |De",
    "towns": """
        Bristol|York|Norwich|Bath|Exeter|Leicester|Brighton|Oxford|Cambridge|Durham|
        Sheffield|Swansea|Aberdeen|Portland|Denver|Austin|Madison|Halifax|Perth|Hobart
    """,
    "months": """
        January February March April May June July August September October November December
    """,
    "month_abbr": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
    "weekdays": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
    "date_forms": """
        {month} {day}, {year}|{weekday}, {month} {day}, {year}|{day} {month} {year}| {day} {mon}
        {year} {hh}.{mi} GMT|{mon} {day}, {year} {h12}:{mi} {ampm}|{year}-{mnum2}-{day2}|
        {weekday} {day} {month} {year}|{MONTH} {day}, {year}|{mon} {day}, {year} at {h12}:{mi}
        {ampm} ET| {weekday} {day} {month} {year} {hh}.{mi} GMT|{day} {month} {year} at {hh}:{mi}
    """,
    "numeric_date_forms": "{mnum}/{day}/{year} {h12}:{mi} {ampm}|{day2}/{mnum2}/{year} {hh}:{mi}",
    "date_prefixes": """
        {date}|{date}|Published {date}|Published on {date}|Posted {date}|First published on {date}
    """,
    "updated_forms": "Updated {date}|Last updated {date}|Last modified on {date}",
    "byline_forms": "By {names}|By {names}|By {names}|Written by {names}|Words by {names}|{names}",
    "and": "and",
    "interview_by": "Interview by {names}|Interviewed by {names}",
    "roles": """
        a senior fellow at the {town} Policy Institute|professor of economics at the University of
        {town}|a former minister for trade|a columnist for this newspaper| a lecturer in political
        science at {town} College|the director of the Centre for Public Affairs|a historian and
        the author of four books on the postwar years|a former diplomat who served in {town}|a
        research fellow at the Institute for Fiscal Studies| a writer based in {town}
    """,
    "bio_forms": """
        {name} is {role}.|{name} is {role}. Follow them on social media.|{name} is {role} and
        writes a fortnightly column.
    """,
    "byline_roles": """
        Senior Fellow|Contributing Columnist|Professor of History|Economics Editor|Political
        Correspondent|Senior Staff Technologist|Guest Contributor
    """,
    "role_orgs": """
        Centre for Democracy|Open Rights Project|Institute for Public Policy|Foreign Affairs
        Council
    """,
    "sections_opinion": "Opinion|Comment|Columnists|Commentary|Op-Ed|Perspective",
    "sections_editorial": "Editorial|Our view|The Editorial Board|Leader",
    "sections_letter": "Letters|Letters to the editor|Readers' letters|Letter",
    "sections_analysis": "Analysis|News analysis|Explainer",
    "sections_interview": "Interview|The interview|Q&A",
    "sections_review": "Review|Book review|Film review|Books",
    "nav": """
        Home|News|World|Politics|Business|Opinion|Culture|Sport|Science|Technology|Travel|Video|Podcasts|Lifestyle|Climate|Money
    """,
    "skip": "Skip to main content|Skip to content|Menu|Search|Close|Open navigation",
    "login": "Sign in|Log in|Register|Subscribe|My account|Sign up|Subscribe now",
    "login_form": """
        Email address|Password|Forgot password?|Remember me|Create an account| Sign in with
        Google|Not registered yet? Create a free account|Log in to your account| Show
        password|Continue with Apple
    """,
    "cookie_text": """
        We use cookies to improve your experience on our site, to personalise content and ads and
        to analyse our traffic. By clicking accept you agree to our use of cookies.| This website
        uses cookies. Some are essential, others help us understand how you use the site so we can
        improve it. You can change your choice at any time.| We and our partners store and access
        information on your device, such as cookies, to show you personalised advertising and to
        measure its performance.
    """,
    "cookie_buttons": """
        Accept all|Reject all|Manage preferences|Cookie settings|Accept cookies|I agree|Customise
    """,
    "newsletter_text": """
        Sign up for our daily newsletter and get the best of {outlet} in your inbox.| Get our
        morning briefing, the stories you need to know, every weekday.| The best opinion writing
        of the week, delivered to you every Sunday.
    """,
    "newsletter_ui": """
        Enter your email|Your email address|Sign up|Subscribe|No spam. Unsubscribe at any
        time.|Thank you for subscribing!
    """,
    "donation_text": """
        Independent journalism needs your support. {outlet} is funded by readers like you, and
        every contribution, however big or small, keeps our reporting free for everyone.|We have a
        small favour to ask. Millions of people turn to us every month for open, independent
        reporting, and we rely on their support to keep going.| If you value what we do, please
        consider a monthly contribution to keep our work independent of owners and advertisers.
    """,
    "donation_ui": """
        Donate now|Become a member|Support us|Contribute|Support us just once|Give monthly
    """,
    "share": """
        Share|Share this article|Facebook|Twitter|WhatsApp|Email|Copy link|LinkedIn|Share on
        X|Pinterest
    """,
    "comment_count": """
        {n} comments|Comments ({n})|{n} Comments|View {n} comments|Join the conversation ({n})
    """,
    "comment_heading": "Comments|Reader comments|Join the discussion|Conversation",
    "comment_ui": """
        Reply|Report|Like|Recommend|Load more comments|Show more replies|Sort by: Newest|Oldest
        first
    """,
    "comment_ago": "{n} hours ago|{n} minutes ago|{n} days ago|{n}h ago",
    "comment_policy": """
        Comments are moderated and will appear once approved. Please keep the discussion civil and
        on topic.|Commenting is closed for this article.| Read our community guidelines before you
        post.
    """,
    "related_heading": """
        Related articles|More from Opinion|Other columns|Most read|You might also like|Recommended
        for you|More on this story|Latest opinion|Read more
    """,
    "caption_credit": """
        Photo: {person}/{agency}|Photograph: {person}/{agency}|Image: {agency}|Credit:
        {person}/{agency}|Illustration: {person}
    """,
    "agencies": "Reuters|AP|AFP|Getty Images|EPA|Bloomberg|PA Images|Alamy",
    "download": """
        Download as PDF|Print|Print this page|Save for later|Listen to this article|Download
        PDF|Email this article|Save article
    """,
    "copyright": """
        © {year} {outlet}. All rights reserved.|Copyright © {year} {outlet}|© {outlet} {year}|©
        Copyright {outlet} {year}
    """,
    "copyright_plain": "All rights reserved.|© All rights reserved|Terms and conditions apply.",
    "outlet_line": """
        From: {outlet}|Source: {outlet}|Originally published in {outlet}|This article first
        appeared in {outlet}.
    """,
    "link_line": """
        Source: {url}|URL: {url}|Read it online: {url}|Original article: {url}|Link:
        {url}|{url}|Permalink: {url}
    """,
    "home": "Home",
    "tags": """
        Topics: {tags}|Tags: {tags}|Filed under: {tags}|More on: {tags}|Explore more on these
        topics: {tags}
    """,
    "read_time": "{n} min read|Reading time: {n} minutes|{n} minute read|{n} min",
    "disclaimer": """
        The views expressed in this article are the author's own and do not necessarily reflect
        those of {outlet}.|The opinions expressed in this commentary are solely those of the
        author.|This is an opinion piece. The views are the writer's own.|
        Editorials represent the views of the editorial board of {outlet}.|
        Unsigned editorials reflect the position of the editorial board.|
        This conversation was condensed and edited for clarity.|
        Answers have been lightly edited for length.
    """,
    "footer": """
        Privacy policy|Terms of use|Contact us|About us|Advertise with
        us|Careers|Accessibility|Sitemap|Help|Corrections
    """,
    "paywall": """
        This article is for subscribers only.|Subscribe to read the full article| Already a
        subscriber? Log in|You have read {n} of 5 free articles this month.|
        Subscriber-only story|
        This piece is available only to paying subscribers.
    """,
    "live_heading": "Latest news|Live|Just in|News feed|Breaking",
    "q_prefix": "Q:|Question:",
    "a_prefix": "A:|Answer:",
    "review_item": """
        {work}, by {person} ({house}, {pages} pages)|{work} by {person}. {house},
        {pages}pp|Rating: {stars}
    """,
    "houses": "Penguin|Faber|Verso|Bloomsbury|Picador|Granta",
    "letter_sign": "{name}, {town}",
    "letters_pitch": """
        Have an opinion on anything you've read today? Email us your letter and it will be
        considered for publication.|Send your letters to the editor; please include your name and
        town.
    """,
    "outlet_forms": "The {Adj} {Noun}|The {City} {Noun}|{City} {Noun}|The {Noun}",
    "outlet_adjs": """
        Daily|Evening|Northern|Western|National|Sunday|Weekly|Morning|Independent|Coastal
    """,
    "outlet_nouns": """
        Herald|Chronicle|Ledger|Courier|Gazette|Observer|Post|Tribune|Dispatch|Review|Mercury|Sentinel
    """,
    "outlet_cities": "Bristol|Leeds|Halifax|Portland|Albany|Dunmore|Kingsbridge|Eastfield",
    "tlds": ".com|.co.uk|.org|.net|.news",
    "url_sections": "opinion|comment|commentisfree|ideas|opinions|views",
    "edition": "International edition|UK edition|US edition|Europe edition",
    "advert": "Advertisement|Sponsored content|Story continues below advertisement|Ad",
    "apps": "Download our app|Get the app|Follow us|Follow us on Facebook",
    "gallery": "View gallery|Enlarge image|Image {n} of {m}|Open image in gallery",
    "inline_related": """
        Read more: {headline}|Related: {headline}|See also: {headline}|READ MORE: {headline}
    """,
    "email_furniture": """
        View this email in your browser|Unsubscribe|You are receiving this email because you
        signed up for our newsletter.|Forward to a friend|Update your preferences|Add us to your
        address book
    """,
    "page_marker": "Page {n} of {m}|{n}/{m}|- {n} -",
    "quotes": "“ ”",
}
