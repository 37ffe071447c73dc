"""Plant spam of every category into real article text, with the ground truth.

Tests and notebooks measure the spam detector on real articles with known
injected lines.  The injected vocabulary is written independently of the
detector's word lists (:mod:`scorer.features._lexicons`): brand names are
invented, no advert or call to action uses a phrase of the strong advert
list (``AD_STRONG``: "free shipping", "promo code" …) nor of the crypto and
vice lists (only the "Sponsored:" label of one sponsor line does), and the
foreign-script spam comes in several scripts, so that a detector that merely
memorised its phrases would fail.  Single common selling words ("cheap",
"today", "deal") cannot be avoided in an advert and do occur.

Fifteen disjoint template sets exist.  Style ``"a"`` is the one the
detector's rules were first developed against.  Style ``"b"`` (other brands,
goods, scripts and shapes: questions, ratings, phone numbers, "Text X to
12345", deadlines, QR codes) was written apart from the detector; its misses
then guided generic additions (an imperative after a sentence break, a
question followed by a pitch, sponsor labels such as "Presented by"), so it
is a development set.  Style ``"c"`` was written after the detector was
frozen; after its first measurement its misses were studied and its
adverts now train the detector's promotion layer, so it too is in-sample.
Style ``"d"`` (native-ad teasers, affiliate lines, newsletter and app
prompts, consent text, page-builder shortcodes, Liquid tags, entities,
tracking ids, English vice spam) was written before any style-c miss was
looked at and is never used to change the detector: recall on it is the
honest estimate of how the detector does on spam it has not seen.  All four
have since been studied by the detector's authors, so none of them still
measures generalisation.

Style ``"e"`` was written on 2026-11-23 blind: by someone who had not read
the detector, its lexicons, its model or its benchmark output (only this
module and its tests, whose comments quote the style-d recall; one advert
line was reworded when the disjointness test reported a strong-advert phrase
in it).  It is drawn from what real news pages leave inside extracted article
text, with about a dozen template shapes per category and random brands,
prices and ids: chumbox and native-ad teasers, price offers, local-service,
app, mortgage, insurance and health pitches (some without an obvious selling
word); sponsor labels, brand-studio credits and affiliate and advertiser
disclosures; spam in twenty languages and scripts no other style uses
(Turkish, Polish, Swahili, Portuguese, Italian, French, Dutch, Tagalog,
Romanian, Czech, Gujarati, Telugu, Kannada, Malayalam, Sinhala, Khmer, Lao,
Burmese, Amharic, Gurmukhi) and English pharma, casino, crypto, dating and
SEO spam; UUIDs, base64 blobs, click and session ids, hashed file and asset
names, utility-class soup and minified identifiers; WordPress, Drupal, Ghost
and Squarespace shortcodes, Jinja, Handlebars, PHP and ERB tags, stray
JavaScript, JSON-LD, entities, Markdown and BBCode; and subscribe, app,
follow, share, comment, donate, newsletter, podcast and notification
prompts.  Its brands, goods and places appear in no other style.  It was
meant never to be used to change the detector; on 2026-11-24, however, its
remaining misses (adverts above all) were read before the promotion layer
gained two features (capitalised names in no English word list, two prices
that are no range), so it no longer measures generalisation: style g, written
that day, took its place as the blind set.

Style ``"f"`` was written on 2026-11-24 blind to the detector under the same
rules as e (only this module and its tests were read; the detector, its
lexicons, its model, its benchmark and their output were not, and it was never
run on these templates; one advert line was reworded when the disjointness
test reported a strong-advert phrase in it).  Unlike e it is a development
set: its misses may be studied to improve the detector, after which recall on
it no longer measures generalisation; e stayed the blind test (until g).  It has 26 to 30
template shapes per category, with random brands, prices, rates and ids: price
offers, recipe-box and snack-box subscriptions, local trades, injury lawyers
and clinics, holidays and flights, savings, loans, ISAs and car leases,
native-ad teasers with the brand in parentheses, affiliate price lines, event
tickets, bootcamps and courses, and adverts without a selling word; sponsor
labels, brand-team credits, underwriting and travel disclosures, referral-fee
notices and labels in Finnish, Swedish, Norwegian, Hungarian, Danish, Spanish
and German; spam in twenty languages no other style uses (Hungarian, Finnish,
Swedish, Norwegian, Danish, Malay, Slovak, Croatian, Lithuanian, Estonian,
Albanian, Azerbaijani, Bulgarian, Serbian Cyrillic, Kazakh, Urdu, Marathi,
Nepali, and Odia and Tibetan, two scripts no other style uses) and English
pharmacy, roulette, token-presale, cash-advance, dissertation, follower, VPN,
copy-watch and fake-review spam; ULIDs, nanoids, bearer tokens, base 32 and
base 58 strings, git describe strings, webpack chunks, CSS-module, Vue,
Angular and Svelte class names, HubSpot, Marketo, TikTok, Merchant Center,
Klaviyo and Google Ads click ids, trace and edge reference ids and picture
agency file names; Elementor, Divi, WPBakery and Joomla residue, Hugo, Liquid,
Twig, Mustache and Blade tags, JSX, RSS and Media RSS elements, HTML comments,
conditional comments, inline style and script, embed blockquotes, AMP, wiki
markup, Markdown tables and footnotes, LaTeX and double-escaped entities; and
preferred-source, WhatsApp, gift-article, rating, survey, alert, contribution,
Discord, podcast, YouTube, account, comment, correction, share, follow-author,
poll, webinar and tip prompts, some of them starting mid-sentence.  Like the
other styles, every planted line is its own paragraph.

Style ``"g"`` was written on 2026-11-24 blind, under the same rules as e and f:
only this module and its tests were read; the detector, its lexicons, its
model, its benchmark and their output were not, and the detector was never run
on these templates.  It was the blind test set until h was written; on
2026-11-24, after h existed, its misses were read and guided generic
additions to the detector (template languages, front-end ids and class
names, sponsorship notes), so it is now a development set like f and no
longer measures generalisation.  It has 32 to 35 template shapes per category, with
random brands, models, prices, rates, dates and ids: chumbox headlines,
was-and-now and one-day price lines, review-roundup picks, local trades with a
freephone number, credit-card, home-insurance, funeral-plan, car-finance-claim,
broadband and SIM-only offers, physio and sleep clinics, online MBAs,
all-inclusive holidays, software, wine-club and fresh-pet-food subscriptions, a
strategy game, a hybrid car, new-build homes, driver jobs, a dating service and
a food festival, a testimonial, a star rating, a bare URL and adverts without a
selling word; series and section "presented by" labels, brand-studio credits,
affiliate, associate-programme and commission disclosures, grant, foundation
and underwriting notes, "#ad" hashtags and labels in Catalan, Icelandic,
Latvian, Slovenian, Welsh, Afrikaans and Maltese; spam in twenty-two languages
no other style uses (Icelandic, Latvian, Slovenian, Catalan, Basque, Welsh,
Irish, Galician, Maltese, Luxembourgish, Afrikaans, Belarusian, Macedonian,
Mongolian, Uzbek, Yoruba, Zulu, Hausa, Somali, Pashto, Sindhi, and Dhivehi in
Thaana, a script no other style uses) and English tramadol, crash-game,
crypto-recovery, meme-coin, webcam, niche-edit and ranking, payday-loan,
diploma, IPTV, spy-app, software-key and fixed-match spam; URN and bare
UUIDs, ObjectIds, Amazon product paths, Facebook, LinkedIn, Yahoo, Yandex,
Pinterest and Adobe tracking parameters, S3 pre-signed query strings,
Cloudinary and imgix image URLs, Cloudflare cookies, snowflake ids, semver
build strings, image digests, text fragments, percent-encoded slugs, Wix,
Radix and styled-jsx ids, Bootstrap and BEM class soup, Java session and
Django CSRF tokens, short links, phone and agency photo file names, ETags,
cache busters, Vite assets, ad-unit paths and header-bidding parameters; server
and edge side includes, Smarty, Velocity, FreeMarker, JSP, Thymeleaf, Razor,
ColdFusion, Svelte, Vue, Angular, ExpressionEngine, Textpattern and TYPO3
residue, MediaWiki citation templates, reStructuredText, Gutenberg, tagDiv,
Advanced Ads and WooCommerce blocks, Drupal media elements, AdSense, Chartbeat,
Outbrain and YouTube embeds, Word markup, CSS custom properties, hexadecimal
entities, JSON-escaped quotes, source maps, webpack chunks and googleoff
comments; and Google News, Telegram, Threads and Bluesky, print-subscriber,
introductory-price, metered-paywall, e-paper, video-unlock, quiz, reader
experience, photo, letters, Facebook, email-and-print, Pinterest, ad-free,
gift, competition, guide, reply, app-rating, live Q&A, Patreon, coffee,
location, personalisation, ad-blocker, petition, live-update and Flipboard
prompts, one starting mid-sentence, and two in Catalan and Welsh.

Style ``"h"`` was written on 2026-11-24 blind, under the same rules as e, f and
g: only this module and its tests were read; the detector, its lexicons, its
model, its benchmark and their output were not, and the detector was never run
on these templates.  Its first measurement was blind (all 0.807); once style
i had been written the same day under the same rules, h's misses were read
and guided generic additions to the detector (content JSON, more template
engines, tracking links, sponsorship notes of sections, travel and bookings,
classified and job adverts), so h is a development set now and i the blind
set.  It has 34 to 36
template shapes per category, with random brands, models, prices, dates,
phone numbers and ids: marketplace widgets ("frequently bought together",
auction bids, seller feedback), classified adverts (a used car, a room to let,
a "wanted" notice), a property listing, a hotel-booking card, travel cover,
a browser game and a puzzle game, equity release, debt help and business
funding, laser-eye, hair-transplant, aligner, video-GP and menopause pitches,
a language app, tutoring and driving lessons, payroll, security-training and
cloud-hosting software, dog grooming, self storage, a trades directory, an
instant valuation and fixed-fee wills, a comedy tour, a wedding fair, a nursing
job, a restaurant opening and adverts without a selling word; "powered by",
official-partner, featured-listing, podcast-sponsor, giveaway, price-comparison,
hotel-rate, betting-odds, regulated-insurer, advertising-arrangement, press-trip
("the writer was a guest of"), commissioned-recipe, headline and title sponsor,
"gifted", asterisk-affiliate, operated-under-licence, "Ads by", paid placement,
co-funding and fact-checking-funder notes, a co-production credit and labels
in West Frisian, Faroese, Esperanto, Breton, Corsican and Maori; spam in
twenty-four languages no other style uses (Javanese, Sundanese, Kinyarwanda,
Xhosa, Igbo, Quechua, Guarani, Maori, Samoan, Hawaiian, Faroese, West Frisian,
Breton, Corsican, Esperanto, Yiddish, Uyghur, Sorani Kurdish, Tatar, Kyrgyz,
Tajik, Tigrinya, and Tamazight in Tifinagh and Inuktitut in Canadian
syllabics, two scripts no other style uses) and English steroid, forged
document, carding, exam-certificate, love-spell, lottery and inheritance scam,
game-currency, hire-a-hacker, blog-comment and keyword-stuffing spam; Stripe
client secrets, Google API keys, AWS trace ids, Sentry DSNs, Segment,
Mixpanel, Optimizely, Hotjar, Matomo and Clarity cookies, Branch and SendGrid
links, Taboola click ids, Spotify share links, IPv6 addresses, Outlook
content ids and safe links, Google redirect URLs, blob URLs, Azure SAS query
strings, Next.js image, Remix chunk and WordPress resized-image paths,
screenshot, drone, iStock and Adobe Stock file names, Impact and Awin
affiliate ids, Google linker parameters, TCF consent strings, Cloudflare's
"[email protected]", mojibake, quoted-printable text, Kubernetes pod names and
Vercel request ids; AsciiDoc, Org mode, Textile, Pug, Haml, EJS, Go template,
Django, Mako, XSLT, JSF, MDX, Portable Text, Contentful and Draft.js JSON,
Medium, Substack, Blogger, Tumblr, HubL, Sitecore, AEM, Bitrix, MODX and
Statamic residue, TikTok, Facebook, Datawrapper, Flourish and Bluesky embeds,
Pandoc divs, DokuWiki, Confluence, RTF and microdata; and puzzle, smart-speaker,
home-screen, homepage, open-in-app, press-award, community-award, pitch,
reader-panel, live-event, shop, photo-print, family-notice, advertise-with-us,
jobs, Subscribe with Google, social sign-in, email-verification, account-setup,
renewal, payment-update, student, micropayment, Twitch, Mastodon, LinkedIn,
Snapchat, Reddit, meet-up, agony-aunt and favourite-source prompts, one
starting mid-sentence, and two in West Frisian and Esperanto.

Style ``"i"`` was written on 2026-11-24 blind, under the same rules as e, f, g
and h: only this module and its tests were read; the detector, its lexicons, its
model, its benchmark and their output were not, and the detector was never run
on these templates.  Its first measurement was blind (all 0.839); once style
j had been written the same day under the same rules, i's misses were read and
guided generic additions to the detector (scripts outside the basic plane,
older template engines, HTTP headers, paid notes, product cards), so i is a
development set now and j the blind set.  It has 33 to
36 template shapes per category, with random brands, goods, places, prices, dates, phone
numbers and ids: cover for cats and dogs (a comparison and an insurer), rooftop
solar with a battery, a monitored home alarm, a recipe box, designer resale, a
car subscription, a hardware key wallet, a gym, a dentist, a retirement village,
a river and an ocean cruise, a hospice raffle, funeral directors, a
sports-streaming service, a university open day and a private college's open
morning, a warehouse-jobs listing, a B2B webinar, a search-result advert with a
breadcrumb, an EV charger with sitelinks, a compact product card with a struck
price, a countdown, a DNA test, over-50s life cover, same-day flowers, a
car-buying service, live-in care, mobile tyre fitting, garden offices, a coding
camp, conveyancing, a local trade's card and adverts without a selling word;
supplied-content, advertiser-copy, native-advertising, branded-content,
commercial-partner, placement-compensation, link-monetising service,
event-sponsorship, paid-review, podcast-support, sponsor's-note,
charitable-trust, fellowship, samples-provided, prize-supplied, paid-inclusion
("the order was decided by"), commerce-link, bracketed "[Sponsor]", partner-led,
"backed by", "T&Cs apply" promotion and lead and hospitality partner notes, and
labels in French, Italian, Dutch, Portuguese, Polish, Czech, Romanian, Turkish,
Lithuanian, Japanese ("【PR】", "提供") and Scottish Gaelic; spam in twenty-three
languages no other style uses (Sesotho, Setswana, Shona, Chichewa, Malagasy,
Wolof, Lingala, Oromo, Cebuano, Hmong, Haitian Creole, Papiamento, Scottish
Gaelic, Occitan, Sardinian, Romansh, Asturian, Turkmen, Bashkir, Assamese, and
Santali in Ol Chiki, Bambara in N'Ko and Fula in Adlam, three scripts no other
style uses) and English tech-support, fake-virus-alert, task-scam, money-mule,
puppy-scam, counterfeit-banknote, miracle-cure, multi-level-marketing, pirate
sports-stream, pirate film, sugar-daddy, psychedelic and leaked-spintax comment
spam; bcrypt hashes, ASP.NET view state, Laravel XSRF and session cookies,
Shopify, Braze, Intercom, Chartbeat, old Google Analytics (``__utma``), OneTrust
and Akamai cookies, Microsoft UET, wbraid and DoubleClick click ids, YouTube
share links, Google place ids, Drive and Zoom links, Gatsby, Astro, Tailwind
arbitrary-value, MUI and GPT ad-div names, Amazon header-bidding and Salesforce
Marketing Cloud parameters, Google Cloud Storage paths, punycode domains,
JavaScript hex escapes, double percent-encoding, GoPro and camera file names,
Telegram photo names, Fastly cache headers, magnet links, hexadecimal wallet
addresses, reCAPTCHA tokens, WordPress preview parameters, Gravatar and
Instagram CDN URLs; Eleventy (Nunjucks) shortcodes, kramdown attribute lists,
Astro, Alpine.js, htmx, Knockout and AngularJS attributes, MoinMoin macros,
MediaWiki references, troff, MathML and inline SVG, Vimeo, Infogram, Reddit and
Typeform embeds, Umbraco, Kentico, Strapi, Movable Type, Zope TAL, Mason,
Template Toolkit and HTML::Template residue, the WordPress "more" tag, WPForms
and Ad Inserter shortcodes, ``@font-face`` rules, Next.js flight data, Nuxt
state, ``<picture>`` and Open Graph tags, Mailchimp merge tags, Apple News and
Instant Articles markup and Google Docs paste residue; and Apple News, Substack,
Viber, smart-TV, in-car, smartwatch, Kindle, home-delivery, guestbook,
classifieds, charity-appeal, volunteering, write-to-your-MP, passkey,
browser-extension, lock-screen widget, archive, cookbook, group-subscription,
SMS, referral, newspaper-token, follow-topic, waiting-list, app-update, RSS,
supplement, voter-registration, catch-up TV and translation prompts, one
starting mid-sentence, and two in Scottish Gaelic and Occitan.

Style ``"j"`` was written on 2026-11-24 blind, under the same rules as e, f, g,
h and i: only this module and its tests were read; the detector, its lexicons,
its model, its benchmark and their output were not, and the detector was never
run on these templates.  Its first measurement was blind (all 0.814); once
style k had been written the same day under the same rules, j's misses were
read and guided generic additions to the detector (wiki magic words, front
matter, more template engines, tracking pixels, sponsor credits), so j is a
development set now and k the blind set.  It has 35 to 36
template shapes per category, with random brands, goods, places, shows, acts,
prices, dates, phone numbers and ids: a folding rollator, a hearing centre, a
fitted combi boiler, loft insulation, fitted kitchens, skip hire, removals and
storage, pest treatment, a homework-tutor app, Spanish and French exam
courses, a bridal sample sale, a music festival, a zoo, a theatre show with a
star rating, arena concert resale seats, a cycle-to-work bike shop, a
waterproof jacket, senior cat food with a repeat-delivery price, a pushchair
travel system, a serum, a perfume, a lab-grown diamond ring, a dive watch, a
hybrid mattress, made-to-order sofas, oak flooring, paint colours, a garden
centre, a supermarket's weekly prices, van telematics, bookkeeping software,
a family solicitor, an estate agent's "sold in" line, a mortgage broker with
its risk warning, a credit union and a guide-dog charity's monthly-gift
appeal, some of them without a selling word; crossword, weather, travel-news
and player-of-the-match sponsors, price-neutral buy-button, tourism-board,
press-car, advertising-department, supplement, corporate-circle, "in
conjunction with", competition-promoter, paid event-listing, newswire press
release, BrandVoice, special-advertising-section, award-category, timekeeper,
loaned-kit, expert-input, pay-per-click, cashback, paid-ranking,
philanthropic-funding, in-kind, broadcast and streaming partner, "presents",
bought-newsletter-slot and paid top-spot notes, and labels in Low German,
Alemannic, Venetian, Ladino, Cornish, Upper Sorbian and Northern Sami; spam in
twenty-four languages no other style uses (Tok Pisin, Bislama, Fijian,
Tahitian, Kalaallisut, Northern Sami, Low German, Alemannic, Venetian,
Sicilian, Ladino, Manx, Cornish, Upper Sorbian, Luganda, Twi, Ewe, Chuvash,
Sakha, Udmurt, Bhojpuri, and Cherokee in the Cherokee syllabary, Assyrian
Neo-Aramaic in Syriac and Meitei in Meetei Mayek, three scripts no other style
uses) and English parcel-fee and tax-rebate phishing, fake celebrity
interview, pension-unlocking, timeshare-exit, visa-job-fee, penny-stock pump,
romance, wrong-number, rental-deposit, BBCode link and bulk-account spam;
Twitter embed referrer strings, Twitter, Reddit, Commission Junction and
Rakuten click ids, WhatsApp-for-Android, Signal, German and French screenshot,
Facebook-download, Unsplash and AP file names, Firebase push ids, CUIDs,
KSUIDs, MIME encoded words, Meta and Bing pixel URLs, short links, Tachyons,
Chakra and Stitches class names, Rails, Laravel Mix, Drupal and WordPress
asset paths, Google Cloud and CloudFront trace headers, US-privacy and GPP
strings, Google Ad Manager, Meta and Google Ads cookies, Android intent URIs,
Wayback Machine URLs, e-mail message ids, Google Forms links and Windows file
paths; YAML front matter, Zola (Tera), Hexo, Docusaurus and MkDocs residue,
Wikidot, TiddlyWiki, PmWiki and MediaWiki magic words, Texinfo, POD, GitHub
alerts, DocBook and NITF, Dust, doT, SilverStripe, Turbo, Livewire and Phoenix
HEEx, Arc XP, Storyblok and Weebly residue, Spotify, Google Maps, Tableau, JW
Player, Brightcove and Threads embeds, TinyMCE, Froala and LibreOffice paste
residue, Piano and Pym.js snippets and Salesforce AMPscript; and dark-mode,
e-mail-course, newsroom-tour, book-club, hygiene-rating, charity-run,
benefits-calculator, community-reporter, Slack, LINE, WeChat, Signal,
add-to-calendar, embed-this-chart, republish, remind-me, polling-station,
journalism-school, classroom, birthday-front-page, open-the-graphic,
member-card, phone-in, talking-newspaper, text-only, large-print, radar-map,
reader-question, rotate-your-phone, food-guide, reserve-a-copy and wallpaper
prompts, one starting mid-sentence, and two in Low German and Cornish.

Style ``"k"`` was written on 2026-11-24 blind, under the same rules as e to j:
only this module and its tests were read; the detector, its lexicons, its
model, its benchmark and their output were not, and the detector was never run
on these templates.  It was the blind test set until l was written; on
2026-11-24, after l existed, its misses were read and guided generic additions
to the detector, so k is a development set now, like g to j, and l the blind
set.  It has 33 to 50 template shapes per category, with random brands, goods, places,
trips, services, films, acts, prices, dates, phone numbers and ids: a
patio awning, a water softener, static caravans, narrowboat hire, glamping huts,
coach day trips, an escape room, go-karting, laser tattoo removal, a
chiropractor, an IVF clinic, 4D baby scans, a vet's puppy package, riding
lessons, a wedding photographer, phone-screen repair, ink cartridges,
ex-corporate office furniture, container conversions, dry-cleaning collection,
a craft-beer club, coffee beans, a wool shop, a telescope, a trail camera, a
sewing machine, kayaks, a beekeeping course, a pool table, a cinema release,
a gig poster, a machinery auction, a restaurant opening ("show this page at
the till"), a pub under new management, motorcycle training, a conservatory roof,
cord-blood banking, immigration solicitors, an infomercial gadget, vanity
publishing, ski chalets, escorted tours and an emergency trade; product
placement, "Promoted stories", AdChoices and "Why this ad?", scroll-past
advertisement labels, UK election imprints and Australian authorisations,
share-ownership, competing-interest and long-position disclosures,
naming-rights, tiered (sustaining, gold, silver) sponsors, an endowed prize,
EU grant-agreement and lottery-player funding notes, a government campaign,
speaking fees, kit supplier, event host, regatta coverage, equipment loans,
commercial rankings, a newsletter sponsor linked in the text, a jointly
funded reporter, an official supplier, sponsor spotlight, donated prizes and
an advertising partner, and labels in Scots, Friulian, Kurmanji Kurdish,
Tetum, Ilocano, Limburgish and Walloon; spam in twenty-seven languages no
other style uses (Scots, Friulian, Neapolitan, Walloon, Limburgish, Kashubian,
Aragonese, Kurmanji Kurdish, Crimean Tatar, Gagauz, Tongan, Chamorro, Tetum,
Ilocano, Hiligaynon, Minangkabau, Xitsonga, Tshivenda, siSwati, Kikuyu,
Dholuo, Buryat, Ossetian, Rusyn, and Nuosu in the Yi syllabary, Vai in the Vai
syllabary and Lisu in the Fraser alphabet, three scripts no other style uses;
the last three lines are approximate) and English unpaid-toll and bank-fraud
smishing, sextortion, "Hi Mum" and grandparent scams, streaming-account and
cloud-storage phishing, high-yield investment, forex-signal, fake copyright
notice, student-loan forgiveness and car-warranty robocall, mystery-shopper
cheque, fake disaster appeal, government-grant fee, mathematical-bold Unicode,
ticket-resale and "works from home on the laptop" comment spam; Cloudflare
ray ids, W3C traceparent, Datadog and Netlify request headers, AWS load
balancer, Imperva, DataDome, PerimeterX and Express session cookies, S3 ARNs,
Azure resource ids, Supabase, Sanity, Medium, Flickr and Giphy media URLs,
what3words addresses, plus codes, bech32 addresses, parcel tracking numbers,
ISO timestamps, spreadsheet errors, "[object Object]" and "undefined", SSH
public keys, Ascii85, Wi-Fi QR payloads, OAuth callback parameters, Teams,
OneDrive and Dropbox links, Mailchimp, eBay and AliExpress tracking
parameters, hex colour soup, Git LFS pointers and Unix-time-prefixed ids;
Magento widgets, Evernote ENML, Tilda, Webflow and Notion export residue,
Obsidian, Roam and Logseq syntax, Foswiki, XWiki and Tiki wiki markup, Typst,
ConTeXt, BibTeX, Gemtext, Mermaid, Graphviz, OPML, WebVTT cues, Jupyter cells,
R Markdown chunks, Markdoc tags, Grails GSP, Wicket, Genshi, Leaf, Hamlet,
Latte, Qute, Marko, Slim and Kirbytext, Discourse quotes, Docsify includes,
iCalendar and vCard lines, and SoundCloud, Dailymotion, DocumentCloud, Disqus,
Highcharts, Plotly, Leaflet, Mapbox, Wistia, Telegram, Knight Lab timeline,
Crowdsignal (Polldaddy), Apple Podcasts and Viafoura embeds; and condolence
book, pet adoption, wedding photo, pet calendar, pothole map, garden bird
count, flood map, blood donation, licensing, colouring page, heritage trail,
memories, text-size, pay calculator, careers fair, readers' choice, centenarian
birthday, car recall, warm space, school league table, hustings question,
tenants' evening, marathon tracker, case-study call, book-festival pass,
evening class, trusted trader, laptop donation, lost-and-found, calendar and
forward-to-a-friend prompts, one starting mid-sentence, and two in Scots and
Friulian.

Style ``"l"`` was written on 2026-11-24 blind, under the same rules as e to k:
only this module and its tests were read; the detector, its lexicons, its
model, its benchmark and their output were not, and the detector was never run
on these templates.  It was the blind test set until m was written (its first
blind measurement was all 0.836); after m existed, l's misses were read and
guided generic additions to the detector, so l is a development set now, like
h to k, and m the blind set.  It has 36 to 37 template
shapes per category, with random brands, goods, places, trips, services, acts,
prices, dates, phone numbers and ids: wood pellets and heating oil, a damp
survey, artificial grass, resin driveways, plantation shutters, composite
doors, a vein clinic, a skin check, a private MRI scan, stop-smoking
hypnotherapy, acupuncture (a testimonial starting mid-sentence), doggy daycare,
a cattery, pet portraits, pottery and ballroom classes, fishing day tickets, a
metal detector, a jigsaw subscription, balloon flights, a steam-train lunch, a
pantomime, a cut-your-own Christmas tree, "we buy gold", a quick house sale,
lasting power of attorney, airport parking, a self-drive tour, a fall alarm,
Christmas hampers, an MOT, number plates, crossing-patrol jobs, a local
trade's reviews and a concert, in title case, as questions and without a
selling word; a Russian advertising mark with its erid, content-sharing
(republication), Local Democracy Reporter, crowdfunding, platform news-fund,
market-data, property-data, medical-review, features-syndicate, ownership,
paid death notice, statutory public notice, recruitment-feature,
matched-giving, community-partner, charity-of-the-year, complimentary-ticket,
advertiser fact-check, sponsored-search-result, boosted-post, podcast
distribution, translation-grant, travel-bursary, investor, paid-ambassador,
"Industry Voices", voucher-partner and "supported by" tour notes, one starting
mid-sentence, and labels in Ukrainian, Korean, Chinese, Greek, Hebrew,
Vietnamese and Indonesian; spam in twenty-two languages no other style uses
(Lombard, Ligurian, Ladin, Picard, Arpitan, Mirandese, Silesian, Lower Sorbian,
Latgalian, Võro, Waray, Bikol, Kirundi, Sepedi, Nahuatl, Aymara, Maithili,
Chechen, Kalmyk, and Balinese in the Balinese script, Buginese in Lontara and
Northern Thai in Tai Tham, three scripts no other style uses; those three
lines are approximate) and English utility-disconnection, domain-expiry
invoice, jury-service warrant, fake order confirmation, gold-IRA, duty-free
tobacco, escort, cannabis-by-post, accident-claim, free-trial subscription
trap, survey-reward, verification-code hijack, "is this you in this video"
and chain-letter spam; PGP signatures, IBANs, EAN-13 barcodes, SKUs, vehicle
identification numbers, onion addresses, Lightning invoices, geohashes,
Server-Timing and Varnish headers, browser-extension URLs, PayPal express
checkout tokens, App Store and Google Play links, Skimlinks redirects,
Snapchat click ids, share-source, campaign, AT Internet, comScore and Omeda
parameters, podcast tracking prefixes, HLS playlists, YouTube thumbnails,
Discord attachments, Slack webhooks, Google News, Bing and DuckDuckGo
redirects, archive.today, WeTransfer, iCloud and Gmail links, ImageKit and
Akamai image URLs, editorial "TK" placeholders and Atom tag URIs; PHP
warnings, Apache Tiles, Struts, ASP.NET Web Forms, Closure Templates, Cheetah,
Stimulus and _hyperscript residue, Wagtail StreamField JSON, Contao insert
tags, PrestaShop hooks, LiveJournal cuts, phpBB conditionals, RIS citations,
OpenDocument XML, InDesign and QuarkXPress tags, Power BI, ArcGIS StoryMaps,
Sketchfab, Bandcamp and Omny embeds, Coral and OpenWeb comments, Ezoic and
AdThrive ad slots, declarative shadow DOM, RDFa, sitemap entries, GraphQL
queries, Vue hydration markers, Sass mixins, Campaign Monitor tags, SSML,
VAST, TTML and Slack message markup; and AI-assistant, song-dedication,
reader-rewards, dashcam-upload, bin-day, ward-candidates, subtitles, easy-read,
sign-language, Nextdoor, safe-sender, edition-switch, guided-walk,
memorial-tree, poetry-corner, fuel-price, house-price, MP-votes, aurora-alert,
voice-note, print-recipe, court-judgment PDF, swipe-gallery, full-screen map,
age-check, VPN, library-access, fantasy-league, predictor, shop-window poster,
fostering, uniform swap, knitted-poppy and reading-volunteer prompts, two
starting mid-sentence, and two in Silesian and Ladin.

Style ``"m"`` was written on 2026-11-24 blind, under the same rules as e to l:
only this module and its tests were read; the detector, its lexicons, its
model, its benchmark and their output were not, and the detector was never run
on these templates (two lines and a service were reworded when the tests
reported a strong phrase or an earlier style's word in them).  It was the
blind test set until n was written (its first blind measurement was all
0.767); after n existed, m's misses were read and guided generic additions to
the detector, so m is a development set now, like h to l, and n the blind
set.  It has 35 to 37 template shapes per category, with random brands, goods, places,
trips, services, acts, prices in the place's currency (naira, rand, rupees,
pesos, Singapore, Australian, Canadian, New Zealand and US dollars, euros,
pounds), dates, local phone numbers and ids: an inverter for power cuts, gate
motors for load-shedding, a JEE crash course, a matrimony site, a Singapore
condo launch, rent-to-own house and lot, pool-fence inspections, winter tires,
an attic conversion, Medicare Advantage, a wet room, a Healthy Homes
assessment, cricket bats, school shoes, rice cookers, aircon servicing, a
dehumidifier, electric blankets, boreholes, a tailor (a testimonial starting
mid-sentence), car detailing, wedding catering, land surveys, prepaid data
with a USSD code, remittances, music lessons, a tradespeople listing, a drone
course, braids, trampoline-park parties, braai wood, a run club, ceiling fans,
hawker delivery, a concert announcement, in title case, as questions and
without a selling word; co-powered and associate-partner credits, principal
partner, US "paid for by" election disclaimers, Brand Desk, partner's-job,
podcast-listener, bulletin-partnership, public-interest journalism fund,
contributor-opinion, app-store "Contains ads", social "· Ad", PR-arranged
interview, honorarium, consulting-retainer, industry-funded study, approved
financial promotion, media-partner, paid-list, comparison-table,
advertiser-funded programme, coverage agreement, column thanks (starting
mid-sentence), frequent-flyer trip, segment, carousel ad, bought space,
minority-stake, supplied Q&A, paid residency, prize-money and promotion-terms
notes, and labels in Hindi, Tagalog, Malay, Swahili and Thai; spam in
twenty-two languages no other style uses (Piedmontese, Romagnol, Aromanian,
North Frisian, Jèrriais, Samogitian, Karelian, Komi, Meadow Mari, Erzya, Avar,
Kapampangan, Pangasinan, Acehnese, Sango, Bemba, Northern Ndebele, Efik,
Konkani, and Rohingya in Hanifi Rohingya, Chakma in the Chakma script and Limbu
in the Limbu script, three scripts no other style uses; those three lines and
most others are approximate) and English satta-matka, e-sabong, KYC phishing,
traditional-healer, nitrous-oxide, agro-investment Ponzi, counterfeit
sunglasses, QR parking-meter, speed-fine smishing, unlicensed moneylender,
leaked-content, pilgrimage-package, organ-buying, cloud-mining and psychic
hotline spam; IMEIs, DOIs, ORCID iDs, X-Forwarded-For headers, MAC addresses,
masked card numbers, booking references and e-ticket numbers, shipping
container numbers, masked NRICs, UPI references, M-Pesa and GCash
confirmations, SWIFT codes, ISRCs, EIDRs, crontab lines, AMP cache, Apple News,
TikTok share and Substack referral URLs, Content-Security-Policy headers,
spreadsheet formulas, decimal coordinates, Ordnance Survey grid references,
otpauth, webcal, fb, tel and sms URIs, lorem ipsum, ISO 8601 durations,
Content-Disposition headers, RTMPS stream keys, hex dumps, NMEA sentences and
MMSI, ICAO and squawk codes; MyST directives, Episerver, Liferay, Hippo
(Bloomreach), Concrete CMS, Beaver Builder and Avada residue,
Lexical, Editor.js, Quill Delta and ProseMirror JSON, CKEditor bookmarks, MJML,
VML, SSA subtitles, LRC lyrics, ABC notation, PDF content streams, EPUB
footnotes, JATS, NewsML-G2, ActivityStreams, Tenor, Streamable, Buzzsprout and
Kaltura embeds, Revcontent and Mediavine ad slots, Zephr paywalls, Parse.ly
metadata, microformats, web.py Templetor, Play Twirl, Hiccup, classic ASP,
Qwik and Ember residue; and load-shedding schedule, matric results, class
suspension, haze reading, PNR status, bushfire warning, Leaving Cert points,
exchange-rate tracker, save-for-later, infinite-scroll, pagination,
video-fallback, embed-fallback, enlarge, autoplay, helpline, flight status,
late chemist, tide table, prayer times, snow closures, clap, sighting,
reaction, traffic camera, water restriction, USSD news, show-fewer, unmute,
before-and-after, spoiler, jump-to and report-comment prompts, two starting
mid-sentence, and two in Tagalog and Afrikaans.

Style ``"n"`` was written on 2026-11-24 blind, under the same rules as e to m:
only this module and its tests were read; the detector, its lexicons, its
model, its benchmark and their output were not, and the detector was never run
on these templates.  It is the blind test set and must never be used to change
the detector: its misses are not to be studied.  It has 36 to 37 template
shapes per category, with random brands, goods, places, trips, services,
acts, prices in the place's currency (Kenyan shillings, Ghanaian cedis,
ringgit, Pakistani rupees, Jamaican, Hong Kong, Canadian and US dollars,
dirhams, euros, pounds), dates, local phone numbers and ids, drawn from pages
in Canada, the US Midwest and South, Scotland, Wales, Kenya, Ghana, Malaysia,
Pakistan, Jamaica, Malta, Hong Kong and the Gulf: seasonal snow clearing,
remote car starters, storm shutters, a tornado safe room, crawfish by the
sack, deer processing, kilt hire, a whisky cask, a slate-floored cottage,
slate house signs, a solar water heater with a paybill number, a savings
co-operative (Sacco), kente cloth, home-used cars, durian delivery, Hari Raya
catering, an unstitched-lawn collection, net metering, shipping barrels, water
tanks before a lock-off, a lagoon boat trip, a domestic-helper agency, an iftar
buffet, a desert safari, a typing centre, bail bonds, a fireworks tent, a day
camp, funeral programmes, camel-milk chocolate, a gig and a trades list, in
title case, as questions, in the first person, as a spec line with the brand
first and one starting mid-sentence; contra-deal, sweepstakes ("no purchase
necessary"), white-label quiz, creator revenue-share, logo-licensing,
competition tie-in, host-read ad, Canada Periodical Fund and Local Journalism
Initiative, county-government supplement, reader offer, events-customer,
customer-magazine, advisory-board, merchandising-team, free-zone cooperation,
"brand × site" collaboration, "courtesy of", European Parliament co-financing,
paid appearance, kept review sample, notices-page, clinical-trial notice,
ad-supported, desk sponsorship income, bulk copies, schools' access, tourism
lure, early access to figures, partner thanks and printing thanks (starting
mid-sentence) notes, and labels in Urdu, Bengali, Tamil, Croatian and
Estonian; spam in twenty-three languages no other style uses (Jamaican Patois,
Nigerian Pidgin, Ga, Dagbani, Kamba, Iban, Saraiki, Balochi, Cantonese,
Louisiana Creole, Plains Cree in syllabics, Ojibwe, Mi'kmaq, Tulu, Kashmiri,
Dogri, Bavarian, Kölsch, Emilian, Extremaduran, and Osage in the Osage script,
Cham in the Cham script and Kayah Li in the Kayah Li script, three scripts no
other style uses; those three lines and most others are approximate) and
English Illuminati-recruitment, black-money cleaning, LMIA job-offer sale,
predatory journal, fake zakat appeal, prescription-free weight-loss pens,
skin-bleaching, gift-card buying, iCloud unlock, blessing-loom gifting,
car-auction customs-fee, verification-badge, NFT free-mint and visa-lottery
spam; KRA PINs, Ghana Card numbers, ICCIDs, ISBNs, ISSNs, LEIs and ISINs with
their check digits, git commit and sign-off lines, Python tracebacks, a
segmentation fault, SQL syntax errors, Windows error codes, Laravel log lines,
Node stack frames, ``ls -l`` lines, md5sum output, browser network errors,
arXiv ids, PubMed ids, patent numbers, neutral case citations, METAR reports,
Maidenhead locators, MGRS references, SMPTE timecodes, EXIF summaries, MIME
boundaries, currency tickers, Waze links, an e-mail regular expression, HTTP
status lines, CAS and IMO numbers, UN/LOCODEs and BGP prefixes; jte,
StringTemplate, lit-html, Mithril, petite-vue, Perch, ProcessWire, Dotclear,
DNN tokens, Pardot and Marketo tokens, WikiCreole, Jira markup, Javadoc, Apple
Mail and Gmail quotes, CodePen, Gist, Issuu, Calendly, Mixcloud, Acast and
Observable embeds, Vega-Lite specs, Media.net and Amazon native-ad snippets,
Giscus comments, Dublin Core and Highwire citation meta tags, JSON Feed,
iTunes podcast tags, XLIFF, LilyPond, PGN, TOML front matter, Excel HTML
export and Discord markup; and hurricane-checklist, evacuation-zone,
sample-ballot, cooling-center, gritting-route, mark-yourself-safe,
Santa-tracker, bookmark, download-the-data, methodology, cite-this, reprints,
press-complaint, dyslexia-font, highlight-to-share, pinch-to-zoom, fixtures
wallchart, match-day programme, beta-site, power-outage report,
pronunciation, parade-route, defibrillator, boil-water, scoreboard, print QR,
3D model, journey-planner, pollen, UV-index, units and currency-switch
prompts, two starting mid-sentence (a nomination and a listing submission),
and two in Malay and Urdu.

Style ``"o"`` was written on 2026-11-24 blind, like e to n: only this module
and its tests were read; the detector, its lexicons, its model, its benchmark
and their output were not, and the detector was never run on these templates
(one advert line was reworded when the tests reported a word of the detector's
lists in it, one when they reported an earlier style's place, and one prompt
when an earlier style had the same line).  Like n it is a blind test set: it
has not been measured here, and its misses must never be used to change the
detector.  It has 36 to 37 template shapes per category, with random brands,
goods, places, trips, services, acts, prices in the place's currency
(Ugandan and Tanzanian shillings, kwacha, pula, Namibian, Fijian, Trinidad and
Tobago, Barbados, Australian and US dollars, riyals, taka, Nepalese rupees,
pounds), dates, local phone numbers and ids, drawn from pages in Uganda,
Tanzania, Zambia, Botswana, Namibia, Fiji, Trinidad, Barbados, Qatar,
Bangladesh, Nepal, Oklahoma, Alaska, East Yorkshire and South Australia:
boda-boda cover, groupage shipping from Guangzhou, mealie meal, serviced
plots, a 4x4 with rooftop tents, kava, carnival costumes, airport transfers,
hourly maids, jamdani saris, a trek with its permits, a shrimp truck, frozen
halibut and sockeye, a static caravan pitch, split-system air conditioning,
a classified ("ono"), a pay-in-instalments widget, a property listing, rider
jobs, forklift licences, a concert, a bottomless brunch, a trade-in, a bare
tagline, a title-case teaser, a buyer's attribution line, personal loans with a
comparison rate, fares, a used pick-up, flu jabs, school enrolment, solar
lanterns, gas refills, swimming lessons, tax returns, a beach resort and a
trades list; Instagram's "Paid partnership", YouTube's "Includes paid
promotion", TikTok's "Promotional content", LinkedIn and Reddit "Promoted"
labels, a pharmaceutical promotional-material notice with its job code, a
marketing-communication notice, match-ball, golf-hole and exhibitor sponsors,
supplier-funded circular prices, co-operative advertising, a sponsored
listening session, an exhibition's backer, results "brought to you by", a
radio show "in association with", a newsletter's "who pays for this", a
partner-logo strip, a hosted drinks reception, a waived conference fee, a
paid announcement, paid programming, supplied images, carbon offsetting, a
press dinner, a featured employer, a sponsored obituaries page and expert
column, webinar data sharing, a supported community calendar and an agency
relationship, and labels in Arabic, Nepali, Slovak, Bulgarian and Georgian;
spam in twenty-five languages no other style uses (Sranan Tongo, Krio,
Kabuverdianu, Mauritian Creole, Solomon Islands Pijin, Tumbuka, Kikongo, Inari
Sami, Lezgian, Adyghe, Tuvan, Karakalpak, Mapudungun, Yucatec Maya, K'iche',
Navajo, Marshallese, Taiwanese Hokkien, Mizo, Khasi, Chavacano, Shan, and Toba
Batak in the Batak script, Lepcha in the Lepcha script and Tai Lü in New Tai
Lue, three scripts no other style uses; those three lines and most others are
approximate) and English AI-essay "humanizer", fake closing-down sale, parcel
reshipping job, WhatsApp-unban and account-recovery, replica handbag, mod APK,
Schengen appointment-slot, power-saver box, paid Wikipedia page, scholarship
processing-fee, carbon-credit investment and antivirus-renewal spam; JWTs,
subresource-integrity hashes, Java stack frames, a Go panic, a .NET
exception, nginx access-log lines, Android user agents, systemd journal
lines, registry keys, data URIs, hashtag soup, Amazon order numbers, air
waybills with their check digit, boarding-pass barcodes, EMVCo payment QR
payloads with their CRC, US routing numbers, ABNs and NHS numbers with their
checks, passport MRZ lines, Cache-Control headers, robots.txt rules, SQL
queries, "Invalid Date" and "NaN", GA4 cookies, Turnstile tokens, Received
headers, certificates, degree-minute-second coordinates, GS1 element
strings, Python object reprs, PHP serialised arrays, CSV rows, MoMo and bKash
transaction ids, SVG path data, Meet codes and JavaScript date strings;
Contact Form 7, Slider Revolution, Enfold, Flatsome, Cornerstone, SiteOrigin,
Thrive, Bricks, TablePress, Smash Balloon and MC4WP residue, Aurelia, Polymer,
Ext JS XTemplate, Unpoly, Symfony UX Twig components, October CMS, Escenic,
Superdesk, TownNews BLOX, Salesforce and Eloqua merge fields, Trac wiki,
SubRip, KML, GeoJSON, MARC, PlantUML, hreflang and Twitter-card tags, dotenv
lines, IRC logs, WhatsApp formatting, Cookiebot, Pinterest and Eventbrite
embeds and Prismic JSON; and read-aloud, Kick, Lemon8, Boomplay, Audiomack,
ShareChat, KakaoTalk, exam-results SMS, ID-collection, passport-tracking,
cyclone-track, dengue-map, river-level, chart-hover, transcript, full-report,
press-and-hold human check, enable-JavaScript, high-contrast, keyboard-shortcut,
shake-to-report, Lite mode, virtual-candle, Apple Wallet, bKash support,
saleyard-price, lottery-results, school-holiday, live-commentary,
parliament-stream, constituency-results, vaccination-centre and
ingredient-delivery prompts, two starting mid-sentence, and two in Nepali and
Luganda.
"""

from __future__ import annotations

import binascii
import random
import string
import uuid
from collections.abc import Callable, Sequence

import pandas as pd

from scorer.features.spam import SPAM_CATEGORIES
from scorer.schema import ARTICLE_ID, TEXT

__all__ = ["INJECTED_CATEGORIES", "STYLES", "inject_spam"]

#: The spam categories :func:`inject_spam` plants.
INJECTED_CATEGORIES = SPAM_CATEGORIES

_BRANDS = (
    "Velmora",
    "Quindle",
    "Torvex",
    "Ambrisol",
    "Nexapure",
    "Glintwave",
    "Orbanix",
    "Solvira",
)
_GOODS = ("smart watches", "air fryers", "hiking boots", "noise-cancelling earbuds", "yoga mats")
_FOREIGN = (
    "Купите лучшие часы со скидкой прямо сейчас",
    "Лучшие цены на телефоны только сегодня",
    "احصل على أفضل العروض على الهواتف اليوم",
    "تسوق الآن واحصل على خصم كبير",
    "最便宜的手表在线购买立即发货",
    "今すぐ登録して限定特典をゲット",
    "สั่งซื้อวันนี้รับส่วนลดพิเศษทันที",
    "Αγοράστε τώρα με μεγάλη έκπτωση σήμερα",
    "지금 주문하면 무료 배송 혜택",
)


#: Template sets: ``"a"`` (tuning), ``"b"`` (development), ``"c"`` and ``"d"`` (held out),
#: ``"e"`` (written blind, misses since read), ``"f"`` (written blind, used for
#: development), ``"g"`` to ``"m"`` (written blind, misses since read) and ``"n"``
#: and ``"o"`` (blind).
STYLES = ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o")

# Style "b": written apart from style "a" and from the detector; not used for tuning.
_BRANDS_B = ("Harbor & Pine", "Lumetra", "Kestrelle", "Brisqo", "Tallowby", "Zentaro", "Mirelle")
_GOODS_B = (
    "memory-foam mattresses",
    "standing desks",
    "espresso machines",
    "robot vacuums",
    "merino sweaters",
    "electric bikes",
)
_FOREIGN_B = (
    "आज ही खरीदें और भारी छूट पाएं",
    "הזמינו עכשיו וקבלו משלוח חינם",
    "Знижки до кінця тижня на всі товари",
    "ร้านค้าออนไลน์ราคาถูกที่สุดในเมือง",
    "限時優惠，立即下單享八折",
    "오늘만 특가 이벤트 진행 중",
    "Ελάτε στο κατάστημά μας για προσφορές",
)


def _hex(rng: random.Random, n: int) -> str:
    while True:
        token = "".join(rng.choice("0123456789abcdef") for _ in range(n))
        if sum(c.isdigit() for c in token) >= 4 and sum(c.isalpha() for c in token) >= 4:
            return token


def _line_b(rng: random.Random, category: str) -> str:
    brand, goods = rng.choice(_BRANDS_B), rng.choice(_GOODS_B)
    pct = rng.choice((10, 25, 35, 45, 55, 65))
    domain = f"{brand.lower().replace(' & ', 'and')}-store.example"
    price = f"{rng.randint(19, 499)}"
    if category == "ad":
        return rng.choice(
            [
                f"Looking for {goods}? {brand} ships nationwide from ${price}",
                f"{brand} {goods}, rated 4.{rng.randint(5, 9)}/5 by {rng.randint(2, 40)},000 "
                "customers. See why at " + domain,
                f"Up to {pct}% off all {goods} this weekend only | {brand}",
                f"Why pay more? {brand} {goods} starting at £{price}",
                f"New season {goods} now in stock at {domain}",
                f"{brand}® — the {goods} experts recommend. Call 1-800-{rng.randint(200, 999)}-"
                f"{rng.randint(1000, 9999)}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Presented by {brand}",
                f"In partnership with {brand}",
                f"Supported by {brand}",
                f"Ad · {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(_FOREIGN_B)
    if category == "junk_token":
        return rng.choice(
            [
                _hex(rng, 64),
                _token(rng, 24) + "==",
                f"utm_{_token(rng, 18)}",
                "_".join(rng.sample(["img", "final", "crop", "hd", "v2", "copy", "web"], 4))
                + f"_{rng.randint(100000, 999999)}.jpg",
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                "<!-- /wp:image -->",
                f'<img src="/uploads/{rng.randint(2015, 2024)}/photo.jpg" alt="">',
                "[/vc_column_text][/vc_column]",
                "{% include 'partials/newsletter.html' %}",
                "&nbsp;&nbsp;&nbsp;",
                "<script>window.dataLayer = window.dataLayer || [];</script>",
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Reserve your {goods} before stocks run out",
                f"Hurry, only {rng.randint(2, 9)} left — checkout now and save {pct}%",
                f"Scan the QR code to receive your {brand} welcome gift",
                f"Text DEAL{rng.randint(10, 99)} to {rng.randint(10000, 99999)} for member-only "
                "pricing",
                f"Upgrade to {brand} Plus and enjoy {pct}% savings on {goods}",
                f"Don't miss out: apply online in {rng.randint(2, 5)} minutes and get approved",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "c": written after the detector was frozen; never used to change it.
_BRANDS_C = ("Verdanto", "Pellucid", "Ostrava Home", "Quillmark", "Brightfold", "Nuvessa")
_GOODS_C = ("solar panels", "hearing aids", "pet insurance", "meal kits", "garden sheds")
_FOREIGN_C = (
    "Самые выгодные кредиты без справок",
    "ارخص الاسعار على الاجهزة المنزلية",
    "高品質なサプリメントを特別価格で",
    "무료 상담 신청하고 선물 받아가세요",
    "ซื้อหนึ่งแถมหนึ่งเฉพาะวันนี้",
)


def _line_c(rng: random.Random, category: str) -> str:
    brand, goods = rng.choice(_BRANDS_C), rng.choice(_GOODS_C)
    domain = f"{brand.lower().replace(' ', '')}.example"
    if category == "ad":
        return rng.choice(
            [
                f"Trusted by {rng.randint(2, 9)} million homeowners: {brand} {goods}, "
                "installed in a day",
                f"{goods.capitalize()} that pay for themselves. {brand}, since "
                f"{rng.randint(1950, 2015)}.",
                f"The {goods} everyone is talking about — now 2 for 1 at {brand}",
                f"{brand} {goods}: 0% APR financing for {rng.choice((12, 24, 36))} months "
                "on approved credit",
                f"Spring sale! {goods.capitalize()} from {brand} marked down to "
                f"€{rng.randint(20, 900)}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Sponsored by {brand}",
                f"ADVERTISEMENT — {brand}",
                f"Content from our partner {brand}",
                f"Promoted by {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(_FOREIGN_C)
    if category == "junk_token":
        return rng.choice(
            [
                _hex(rng, 40),
                f"sid={_token(rng, 22)}",
                "/" + "/".join(rng.sample(["tag", "story", "amp", "feed", "world", "page"], 4)),
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                "</div></div>",
                "<!-- .entry-content -->",
                f'[gallery ids="{rng.randint(10, 99)},{rng.randint(100, 999)}"]',
                "{{#if showAd}}{{/if}}",
                "&lt;p&gt;&amp;nbsp;&lt;/p&gt;",
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Request your complimentary {goods} guide at {domain}",
                f"Book a free demo of {brand} today",
                f"Pre-order the new {brand} {goods} and pay nothing until March",
                f"Follow {brand} on Instagram for weekly giveaways",
                f"Sign in with your {brand} account to collect {rng.randint(2, 9)}00 points",
                f"Start your {rng.choice((7, 14, 30))}-day {brand} membership — cancel whenever "
                "you like",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "d": written for the second held-out measurement, before any style-c
# miss was studied, from what real news pages carry (native-ad teasers,
# affiliate lines, newsletter and app prompts, consent banners, page-builder
# shortcodes, template tags, tracking ids); brands, goods and scripts appear
# in no other style.
_BRANDS_D = ("Corvane", "Hallisto", "Maple & Moor", "Trevantic", "Ondrea", "Pixelgrove", "Skarn")
_GOODS_D = (
    "walk-in tubs",
    "reading glasses",
    "car insurance",
    "water filters",
    "ergonomic chairs",
    "home security cameras",
    "mobility scooters",
)
_PLACES_D = ("Ohio", "Florida", "Texas", "Leeds", "Ontario", "Queensland", "Arizona")
_FOREIGN_D = (
    "Situs gacor hari ini gampang menang, daftar sekarang",
    "Mua ngay hôm nay để nhận ưu đãi đặc biệt",
    "خرید آنلاین با تخفیف ویژه فقط امروز",
    "আজই অর্ডার করুন এবং বিশেষ ছাড় পান",
    "இன்றே வாங்குங்கள் சிறப்பு தள்ளுபடி",
    "იყიდე ახლა საუკეთესო ფასად",
    "Գնեք հիմա լավագույն գնով",
    "Descarga la aplicación y gana premios cada día",
    "Jetzt bestellen und bis zu 40 Prozent sparen",
    "Order sildenafil tablets overnight, no doctor visit needed",
    "Live dealer tables open 24/7, cash out your winnings in minutes",
    "Lonely wives in your town want to meet tonight",
    "Grow your followers to 10k overnight with real-looking accounts",
)


def _line_d(rng: random.Random, category: str) -> str:
    brand, goods = rng.choice(_BRANDS_D), rng.choice(_GOODS_D)
    place = rng.choice(_PLACES_D)
    slug = brand.lower().replace(" & ", "").replace(" ", "")
    if category == "ad":
        return rng.choice(
            [
                f"You won't believe how little {place} drivers are paying for {goods}",
                f"{place} residents are switching to {brand} — here's why",
                f"Doctors stunned: this simple trick makes {goods} obsolete",
                f"This little-known {goods} brand is selling out across {place}",
                f"{brand} {goods} just dropped to a record low",
                f"Seniors in {place} may qualify for {goods} they didn't know about",
                f"Forget everything you knew about {goods}. {brand} changes the game",
                f"{brand} — {goods} designed in Copenhagen, loved in {rng.randint(30, 90)} "
                "countries",
                f"Our readers' favourite {goods}, with next-day delivery from {brand}",
                f"The {goods} {place} can't stop buying ({brand})",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                "Sponsored Content",
                f"Paid for by {brand}",
                f"This article is brought to you by {brand}",
                f"Recommended by {brand}",
                f"{brand} | Advertorial",
                "We may earn a commission when you buy through links on this page.",
                f"Produced in collaboration with {brand}",
                f"Around the web, from {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(_FOREIGN_D)
    if category == "junk_token":
        return rng.choice(
            [
                "data:image/png;base64," + _token(rng, 36),
                f"UA-{rng.randint(10_000_000, 99_999_999)}-{rng.randint(1, 9)}",
                f"fbclid=IwAR{_token(rng, 30)}",
                "eyJhbGciOiJIUzI1NiJ9." + _token(rng, 24) + "." + _token(rng, 16),
                f"DSC_{rng.randint(1000, 9999)}.JPG",
                f"GTM-{_token(rng, 7).upper()}",
                f"css-{_hex(rng, 8)} e{_hex(rng, 9)}",
                f"https://cdn.{slug}.example/assets/app.{_hex(rng, 10)}.min.js",
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                f'[elementor-template id="{rng.randint(100, 9999)}"]',
                '[et_pb_section fb_built="1" _builder_version="4.16"]',
                "{% if customer %}{% endif %}",
                "{{ 'now' | date: '%Y' }}",
                "&mdash;&nbsp;&#8220;",
                "<br /><br />",
                "<![CDATA[",
                "<?php the_content(); ?>",
                "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
                "@media (max-width: 600px) { .sidebar { display: none; } }",
                f'[contact-form-7 id="{rng.randint(10, 999)}" title="Newsletter"]',
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                "Sign up for our morning briefing and never miss a story",
                f"Get the {brand} app for breaking news alerts on your phone",
                "Enjoying this article? Tap the bell to turn on notifications",
                "Already a member? Log in to keep reading",
                "Tell us what you think in the comments below",
                "Forward this email to a friend who would find it useful",
                "Like what you read? Support independent journalism from just $1",
                "Turn off your ad blocker to continue reading",
                "Click Accept to agree to our use of cookies and similar technologies",
                f"Join the conversation: follow @{slug}news on X",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "e": written on 2026-11-23 blind to the detector (see the module
# docstring); brands, goods, places, languages and scripts appear in no other
# style, and no template sentence of another style is reused.
_BRANDS_E = (
    "Fennick",
    "Aurelby",
    "Carrowmere",
    "Dovetail & Finch",
    "Brackwater",
    "Sylvanta",
    "Ketterly",
    "Wrenfield",
)
_GOODS_E = (
    "stair lifts",
    "dental implants",
    "heat pumps",
    "gutter guards",
    "collagen gummies",
    "term life insurance",
    "hot tubs",
    "replacement windows",
)
_PLACES_E = ("Michigan", "Oregon", "Bristol", "Manitoba", "Tennessee", "Glasgow", "Colorado")
_TOPICS_E = ("politics", "climate", "food", "money", "sport", "culture", "tech")
# Languages and scripts no other style uses: Turkish, Polish, Swahili,
# Portuguese, Italian, French, Dutch, Tagalog, Romanian, Czech, Gujarati,
# Telugu, Kannada, Malayalam, Sinhala, Khmer, Lao, Burmese, Amharic, Gurmukhi.
_FOREIGN_E = (
    "Deneme bonusu veren siteler listesi, hemen üye ol ve kazanmaya başla",
    "Najtańsze pożyczki bez BIK, decyzja nawet w 15 minut",
    "Pata mkopo wa haraka bila dhamana, pesa kwenye simu yako leo",
    "Ganhe dinheiro em casa trabalhando apenas duas horas por dia",
    "Scopri le offerte più convenienti sugli smartphone, solo per oggi",
    "Rencontres discrètes près de chez vous, inscription en deux clics",
    "Bestel vandaag nog en morgen al in huis, zonder verzendkosten",
    "Mag-sign up na ngayon at makakuha ng bonus sa unang deposito",
    "Cumpără acum cu reducere de 50% doar astăzi pe site-ul nostru",
    "Rychlé půjčky bez registru, peníze na účtu do hodiny",
    "આજે જ ખરીદો અને ખાસ છૂટ મેળવો",
    "ఇంటి నుండే రోజుకు వేల రూపాయలు సంపాదించండి",
    "ಉಚಿತ ಬೋನಸ್‌ಗಾಗಿ ಈಗಲೇ ನೋಂದಾಯಿಸಿ",
    "ഇന്നുതന്നെ വാങ്ങൂ, പ്രത്യേക കിഴിവ് നേടൂ",
    "ඇපකරුවන් නොමැතිව ක්ෂණික ණය ලබාගන්න",
    "ភ្នាល់បាល់ទាត់អនឡាញ ឈ្នះប្រាក់រាល់ថ្ងៃ",
    "ຊື້ມື້ນີ້ ຮັບສ່ວນຫຼຸດພິເສດ",
    "ယနေ့ဝယ်ယူပြီး အထူးလျှော့ဈေးရယူပါ",
    "ዛሬ ይግዙ ልዩ ቅናሽ ያግኙ",
    "ਘਰ ਬੈਠੇ ਹਜ਼ਾਰਾਂ ਰੁਪਏ ਕਮਾਓ",
)


def _blob(rng: random.Random, n: int) -> str:
    alphabet = string.ascii_letters + string.digits + "+/"
    while True:
        token = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c in "+/" for c in token) and any(c.isdigit() for c in token):
            return token


def _short_hex(rng: random.Random, n: int) -> str:
    # _hex insists on four digits and four letters, impossible below eight characters.
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _line_e(rng: random.Random, category: str) -> str:
    brand, other = rng.sample(_BRANDS_E, 2)
    goods, place = rng.choice(_GOODS_E), rng.choice(_PLACES_E)
    slug = brand.lower().replace(" & ", "-").replace(" ", "")
    year = rng.randint(2019, 2026)
    phone = f"0{rng.randint(100, 999)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if category == "ad":
        high = rng.randint(40, 900)
        return rng.choice(
            [
                f"{place} Homeowners Born Before {rng.randint(1950, 1975)} Are Getting "
                f"{goods.title()} Fitted For Almost Nothing",
                f"Here's What {goods.title()} Should Really Cost In {year} | {brand}",
                f"{brand} {goods}: was ${high}, now ${high - rng.randint(5, 30)}. "
                f"Ends {rng.choice(('Sunday', 'Friday', 'midnight'))}.",
                f"If you have a laptop, {brand} Kingdoms will keep you up all night "
                f"({rng.randint(2, 40)}M players)",
                f"{place} mortgage rates slip to {rng.randint(3, 6)}.{rng.randint(10, 99)}% — "
                f"compare {rng.randint(8, 40)} lenders in one place with {brand}",
                f"Aching knees? The {goods} {place} pharmacists quietly recommend",
                f"{brand} Roofing & Gutters — same-week fitting across {place}. Ring {phone}",
                f"Reader offer: {goods} from £{rng.randint(9, 60)} a month with "
                f"{brand}, {rng.randint(5, 25)}-year guarantee",
                f"{brand} {goods} — {rng.randint(3, 90)},{rng.randint(100, 999)} "
                "five-star reviews and counting",
                f"Over 50 in {place}? {goods.capitalize()} could cost less than you think",
                f"Meet {brand}: {goods} without the showroom markup",
                f"The {goods} that sold out {rng.randint(3, 9)} times last year is back at "
                f"{slug}.example",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"This story is sponsored by {brand}. Our newsroom was not involved in its "
                "creation.",
                f"{brand} — Partner Content",
                f"Paid post by {brand}. The news and editorial staff had no role in its "
                "preparation.",
                "This post contains affiliate links. If you buy through them, we may get a "
                "small share of the sale.",
                f"Disclosure: {brand} lent us the product for this review and did not see it "
                "before publication.",
                f"Written in partnership with {brand}",
                f"Promoted · {brand} · Why am I seeing this?",
                f"Created by {brand} Creative Studio with {other}",
                f"Sponsor message: {brand}",
                "Advertiser disclosure: some of the offers on this page come from companies "
                "that pay us.",
                f"Funded by a grant from the {brand} Foundation. Editorial decisions are made "
                "independently.",
                "Products featured here are chosen by our editors; we earn a fee from "
                "qualifying purchases.",
            ]
        )
    if category == "injected_spam":
        if rng.random() < 0.6:
            return rng.choice(_FOREIGN_E)
        return rng.choice(
            [
                f"Generic tadalafil {rng.choice((5, 10, 20))}mg in plain packaging, no "
                "prescription and no questions asked",
                f"Spin {rng.randint(50, 300)} times on the house at {brand} Slots, "
                "withdrawals paid the same day",
                f"This trading bot turned a ${rng.randint(2, 5)}00 deposit into "
                f"${rng.randint(3, 19)},{rng.randint(100, 999)} in a week, and the banks "
                "are furious",
                f"Hot single moms near {place} are waiting to chat with you right now",
                f"Guest posts on DA {rng.randint(50, 90)}+ news sites, dofollow links "
                "guaranteed, message us for the price list",
                "Replica designer handbags, 1:1 mirror quality, worldwide delivery",
                f"Lose {rng.randint(12, 35)} lbs in {rng.randint(2, 6)} weeks with the keto "
                "capsule doctors don't want you to know about",
                "Essay writing service: plagiarism-free papers by tomorrow morning, any subject",
                f"Airdrop live: connect your wallet and claim {rng.randint(500, 5000)} "
                f"{brand.upper()[:4]} tokens before the snapshot",
            ]
        )
    if category == "junk_token":
        return rng.choice(
            [
                "{" + str(uuid.UUID(int=rng.getrandbits(128))).upper() + "}",
                f"?utm_source=newsletter&utm_medium=email&utm_campaign={slug}_"
                f"{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}",
                f"gclid=Cj0KCQiA{_token(rng, 36)}_BwE",
                f"PHPSESSID={_hex(rng, 26)}",
                f"IMG_{year}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_"
                f"{rng.randint(100000, 235959)}_{_short_hex(rng, 6)}.webp",
                f"/_next/static/media/{rng.choice(('inter', 'roboto', 'lora'))}-latin."
                f"{_hex(rng, 8)}.woff2",
                f"sc-{_token(rng, 6)} {_token(rng, 6)} flex items-center gap-2 md:px-4",
                ",".join(f"_0x{_short_hex(rng, 6)}" for _ in range(rng.randint(3, 5))),
                _blob(rng, rng.randint(48, 76)) + "=",
                "-".join(rng.sample(["council", "budget", "vote", "delay", "school", "road"], 4))
                + f"-n{rng.randint(1_000_000, 9_999_999)}",
                f'integrity="sha384-{_blob(rng, 64)}"',
                f"_ga=GA1.2.{rng.randint(10**9, 10**10 - 1)}."
                f"{rng.randint(1_600_000_000, 1_800_000_000)}",
                f"mc_cid={_hex(rng, 10)}&mc_eid={_hex(rng, 10)}",
                f"msclkid={_hex(rng, 32)}",
                f"hero-banner@2x.{_hex(rng, 8)}.png",
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                f'<!-- wp:embed {{"url":"https://video.example/{rng.randint(1000, 9999)}",'
                '"type":"video"} -->',
                f'[su_button url="#" style="flat" background="#{_short_hex(rng, 6)}"]',
                f'[mc4wp_form id="{rng.randint(100, 9999)}"]',
                "[/fusion_builder_column][/fusion_builder_row]",
                f'[[{{"fid":"{rng.randint(100, 99999)}","view_mode":"default","type":"media"}}]]',
                "[node:title] | [site:name]",
                "<!--kg-card-begin: html-->",
                "{squarespace-headers}",
                '<div class="sqs-block-content">',
                "{%- for tag in post.tags -%}",
                "{# TODO: remove before launch #}",
                "{{> footer-promo}}",
                "<?= $post->excerpt ?>",
                "<%= render partial: 'shared/paywall' %>",
                '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":'
                f'"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"}}',
                "document.getElementById('comments').style.display='none';",
                "window.__INITIAL_STATE__ = {",
                "&rsquo;&hellip;&#160;&laquo;",
                f"![](https://images.example/{_hex(rng, 12)}.jpg)",
                "|---|---|---|",
                f"[quote=admin][b][/b][url=/forum/{rng.randint(10, 999)}]",
                '<span style="font-weight: 400;"></span>',
                '<noscript><img height="1" width="1" style="display:none"></noscript>',
            ]
        )
    if category == "call_to_action":
        topic = rng.choice(_TOPICS_E)
        return rng.choice(
            [
                f"Subscribe to The {place} Dispatch for ${rng.randint(1, 4)}.99 a week — stop "
                "whenever you want",
                f"Try {rng.choice((14, 30, 60))} days of unlimited access on us",
                f"Download the {brand} News app on iOS and Android",
                "Follow us on Facebook, Instagram and TikTok",
                "Share this story: Facebook | WhatsApp | Email | Copy link",
                "Have your say: leave a comment below and keep it civil",
                "Every gift, however small, keeps our reporting open to everyone. Donate now",
                f"Get our {topic} newsletter in your inbox every "
                f"{rng.choice(('Monday', 'Wednesday', 'Saturday'))}",
                f"Listen to this article · {rng.randint(3, 14)} min",
                f"Hear more on the {brand} Daily podcast, wherever you get your podcasts",
                "Allow notifications to get breaking news as it happens",
                f"Got a tip? Email our newsroom at tips@{slug}.example",
                "Become a member and read without limits",
                "Save this article to read later",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "f": written on 2026-11-24 blind to the detector, like style e (see the
# module docstring), as a development set whose misses may be studied; brands,
# goods, places, services, publications, languages and scripts appear in no
# other style, and no template sentence of another style is reused.
_BRANDS_F = (
    "Pemberlyn",
    "Odrisca",
    "Thistlecombe",
    "Varnholt",
    "Quenby & Rowe",
    "Halvorsk",
    "Lunamere",
    "Ossivo",
    "Tamsworth",
)
_GOODS_F = (
    "weighted blankets",
    "pizza ovens",
    "rowing machines",
    "cast-iron skillets",
    "blackout blinds",
    "bamboo bed sheets",
    "cordless leaf blowers",
    "daily contact lenses",
    "e-readers",
    "wool rugs",
)
_PLACES_F = (
    "Nebraska",
    "Cardiff",
    "Saskatchewan",
    "Kentucky",
    "Tasmania",
    "Vermont",
    "Nova Scotia",
    "Cork",
)
_TRIPS_F = ("the Azores", "Madeira", "Lapland", "Sardinia", "the Dolomites", "Zanzibar", "Hokkaido")
_SERVICES_F = (
    "emergency plumber",
    "boiler engineer",
    "locksmith",
    "pest control team",
    "roofer",
    "drain unblocking service",
)
_SITES_F = ("Wexmoor Ledger", "Greyhaven Post", "Northcote Bulletin", "Brindle Times")
_TOPICS_F = ("housing", "transport", "education", "science", "wellbeing", "books", "gardening")
_CURRENCIES_F = ("$", "£", "€", "A$", "CA$")
_MONTHS_F = ("January", "March", "April", "June", "September", "October")
_WEEKDAYS_F = ("Monday", "Tuesday", "Thursday", "Friday")
# Languages no other style uses: Hungarian, Finnish, Swedish, Norwegian,
# Danish, Malay, Slovak, Croatian, Lithuanian, Estonian, Albanian,
# Azerbaijani, Bulgarian, Serbian (Cyrillic), Kazakh, Urdu, Marathi, Nepali,
# Odia and Tibetan (the last two in scripts no other style uses).
_FOREIGN_F = (
    "Gyors hitel jövedelemigazolás nélkül, a pénz már holnap a számláján",
    "Pelaa heti ja lunasta 200 ilmaiskierrosta ilman talletusta",
    "Bästa casinobonusen utan svensk licens, snabba uttag dygnet runt",
    "Billige potensmidler uten resept, levert diskret på døren",
    "Lån op til 50.000 kr. uden sikkerhed – svar på fem minutter",
    "Pinjaman peribadi tanpa penjamin, kelulusan dalam masa 24 jam",
    "Schudnite 10 kíl za mesiac bez diéty a bez cvičenia",
    "Zaradite od kuće do 500 eura tjedno, iskustvo nije potrebno",
    "Pigiausi skrydžiai ir viešbučiai – užsisakykite šiandien su nuolaida",
    "Kiirlaen ilma tagatiseta, raha kontol 15 minutiga",
    "Fitoni para çdo ditë nga shtëpia, regjistrohuni tani falas",
    "Ən yaxşı mərc saytı: qeydiyyatdan keç, 100 manat bonus qazan",
    "Бързи кредити до 5000 лева без поръчител, одобрение за минути",
    "Најбоље квоте за клађење, региструј се одмах и освоји бонус",
    "Үйден шықпай күніне 20 000 теңге табыңыз",
    "سستے قرضے بغیر ضمانت کے، فوری منظوری حاصل کریں",
    "आजच नोंदणी करा आणि मोफत बोनस मिळवा",
    "घरमै बसेर अनलाइन पैसा कमाउनुहोस्, आजै सम्पर्क गर्नुहोस्",
    "ଆଜି କିଣନ୍ତୁ ଏବଂ ବିଶେଷ ରିହାତି ପାଆନ୍ତୁ",
    "དེ་རིང་ཉོས་ན་གོང་ཚད་ཆག་ཡོད།",
)
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def _crockford(value: int, n: int) -> str:
    out = []
    for _ in range(n):
        value, digit = divmod(value, 32)
        out.append(_CROCKFORD[digit])
    return "".join(reversed(out))


def _ulid(rng: random.Random) -> str:
    # 48-bit millisecond time (2024-2026) and 80 random bits, Crockford base 32.
    ms = rng.randint(1_704_067_200_000, 1_798_761_599_999)
    return _crockford(ms, 10) + _crockford(rng.getrandbits(80), 16)


def _nanoid(rng: random.Random, n: int) -> str:
    alphabet = string.ascii_letters + string.digits + "_-"
    while True:
        token = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in token) and any(c.isupper() for c in token):
            return token


def _from(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _line_f(rng: random.Random, category: str) -> str:
    brand, other = rng.sample(_BRANDS_F, 2)
    goods, place = rng.choice(_GOODS_F), rng.choice(_PLACES_F)
    trip, site = rng.choice(_TRIPS_F), rng.choice(_SITES_F)
    cur, month = rng.choice(_CURRENCIES_F), rng.choice(_MONTHS_F)
    weekday = rng.choice(_WEEKDAYS_F)
    slug = brand.lower().replace(" & ", "-").replace(" ", "")
    year = rng.randint(2024, 2026)
    phone = f"({rng.randint(201, 989)}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}"
    if category == "ad":
        high = rng.randint(60, 1200)
        low = high - rng.randint(10, high // 3)
        rate = f"{rng.randint(2, 5)}.{rng.randint(10, 95)}"
        service = rng.choice(_SERVICES_F)
        return rng.choice(
            [
                f"{goods.capitalize()} by {brand}, {cur}{low} instead of {cur}{high} while "
                "stocks last",
                f"Your first {brand} recipe box is {cur}{rng.randint(15, 60)} off: "
                f"{rng.randint(3, 5)} dinners a week, pause or skip whenever",
                f"The {brand} Snack Crate — {rng.randint(12, 30)} small-batch treats from "
                f"{rng.randint(5, 20)} countries, delivered monthly from {cur}"
                f"{rng.randint(19, 45)}",
                f"{service.capitalize()} in {place}, 24/7 call-outs, no call-out charge before "
                f"8pm: {phone}",
                f"Hurt in a crash in {place}? {brand} Injury Law has won {cur}"
                f"{rng.randint(20, 400)} million for clients. No win, no fee.",
                f"{brand} Skin & Vein Clinic, {place}: new patients seen within "
                f"{rng.randint(2, 10)} days, evening appointments available",
                f"{rng.randint(3, 14)} nights in {trip} from {cur}{rng.randint(299, 1899)}pp, "
                f"flights and transfers included | {brand} Holidays",
                f"Return flights to {trip} this {rng.choice(('spring', 'autumn', 'winter'))} "
                f"from {cur}{rng.randint(89, 650)} on {brand} Air",
                f"{brand} Bank easy-access saver: {rate}% AER variable, opens online in under "
                f"{rng.randint(3, 10)} minutes",
                f"Borrow {cur}{rng.randint(2, 25)},000 over {rng.randint(2, 7)} years at {rate}% "
                f"APR representative. {brand} Finance.",
                f"{brand} Stocks & Shares ISA — invest from {cur}{rng.randint(25, 100)} a month. "
                "Capital at risk.",
                f"Recommended for you: A {place} Grandmother's Clever Way To Pay Less For "
                f"{goods.title()} ({brand})",
                f"More to explore · {rng.randint(7, 31)} {goods.title()} That Look Far Pricier "
                f"Than They Are · {brand}",
                f"{rng.randint(12, 40)} Photos From {trip[0].upper() + trip[1:]} That Will Have "
                f"You Packing Tonight ({brand} Travel)",
                f"Why Retirees In {place} Are Quietly Swapping Their Old {goods.title()} ({brand})",
                f"{goods.capitalize()}: {cur}{low} at {brand}, {cur}{high} at {other}",
                f"Our pick: {brand} {goods}, {cur}{low}, {slug}.example",
                f"Tickets for {brand} Live at {place} Arena go on sale {weekday} at "
                f"{rng.randint(9, 11)}am, from {cur}{rng.randint(35, 180)} plus booking fee",
                f"Retrain as a data analyst: {rng.randint(8, 16)}-week {brand} Academy bootcamp, "
                f"next cohort starts in {month}.",
                f"Evening UX design course in {place}, {rng.randint(6, 12)} weeks, {brand} "
                "Institute — funded places for over-25s",
                f"{brand}. Made for long winters in {place}.",
                f"{brand} {goods}, sized for small flats and big families alike",
                f"Check how much {brand} would lend you in {rng.randint(30, 90)} seconds. "
                "Searching won't affect your credit score.",
                f"Lease the all-electric {brand} E{rng.randint(2, 9)} from {cur}"
                f"{rng.randint(189, 499)} a month, {rng.choice((24, 36, 48))}-month term, "
                f"{rng.randint(5, 12)},000 miles a year",
                f"Trade in an old handset at {brand} and knock as much as {cur}"
                f"{rng.randint(80, 600)} off a new one",
                f"Quote {slug.upper()[:5]}{rng.randint(10, 40)} and {rng.randint(10, 40)}% comes "
                f"off {goods} at {brand} through {month} {rng.randint(1, 28)}",
                f"New-build homes in {place} from {cur}{rng.randint(180, 690)},000 — {brand} "
                "Homes show village open Saturdays and Sundays",
                f"As seen in this story: {brand} {goods} ({cur}{low})",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"In association with {brand}",
                f"This content was funded by {brand} and produced by the {site} brand team.",
                f"Advertiser content from {brand}",
                f"PAID CONTENT · {brand}",
                f"Made possible with support from {brand}",
                f"{site} may get a referral fee when readers purchase items linked in this "
                "article.",
                f"Prices were accurate at the time of writing. Retailers may pay {site} when you "
                "click through.",
                f"Kaupallinen yhteistyö: {brand}",
                f"Annons i samarbete med {brand}",
                f"Annonsørinnhold fra {brand}",
                f"Szponzorált tartalom – {brand}",
                f"Sponsoreret indhold fra {brand}",
                f"Contenido patrocinado por {brand}",
                f"ANZEIGE – ein Angebot von {brand}",
                f"{brand} is a {site} partner; sponsors have no influence over our journalism.",
                f"Produced by {site} Labs for {brand}",
                f"{brand} covered the reporter's travel to {trip}. It did not review or approve "
                "this story.",
                f"Featured partner: {brand}",
                f"Underwritten by {brand}",
                f"Support for {site} comes from {brand}, makers of {goods}.",
                f"COMMERCIAL FEATURE | {brand}",
                "Affiliate notice: we take part in retailer programmes and are paid when readers "
                "follow a link and purchase.",
                f"{brand} × {site} — a paid collaboration",
                f"Ad feature: {brand} {goods}",
                f"Partner insight from {brand}",
                f"The opinions in this piece belong to {brand} and do not reflect those of {site}.",
            ]
        )
    if category == "injected_spam":
        ticker = _from(rng, string.ascii_uppercase, rng.randint(3, 5))
        return rng.choice(
            [
                *_FOREIGN_F,
                f"Semaglutide pens shipped to {place} without a prescription, drop "
                f"{rng.randint(8, 20)} kg before {month}",
                f"Modafinil {rng.choice((100, 200))}mg, {rng.choice((60, 90, 120))} pills for "
                f"{cur}{rng.randint(49, 149)}, overnight from our offshore pharmacy",
                f"Roulette tables are paying out right now at Lucky{brand.split()[0]}: "
                f"{rng.randint(40, 400)} players cashed out in the last hour",
                f"${ticker} presale stage {rng.randint(2, 9)} closes tonight, early holders "
                f"already up {rng.randint(5, 60)}x — join the Telegram before it's gone",
                f"Bad credit? A cash advance of {cur}{rng.randint(1, 5)},000 in your account "
                "before lunch, every applicant accepted",
                "Deadline tomorrow? A PhD writer will finish your dissertation chapter "
                "overnight, Turnitin report included",
                f"Buy {rng.randint(5, 50)}k Instagram followers and {rng.randint(2, 20)}k likes "
                "— instant start, non-drop guarantee",
                f"Lifetime VPN licence for {cur}{rng.randint(9, 29)}: unblock every streaming "
                f"library, only {rng.randint(7, 60)} keys left",
                f"AAA copy watches with Swiss-style movement, dispatched from our {place} "
                f"warehouse in {rng.randint(3, 9)} days",
                f"Get {rng.randint(20, 200)} Google reviews rated 5 stars for your shop, posted "
                "from local accounts, pay after they go live",
            ]
        )
    if category == "junk_token":
        component = rng.choice(("StoryBody", "Byline", "HeroMedia", "Teaser", "PullQuote"))
        return rng.choice(
            [
                _ulid(rng),
                _nanoid(rng, 21),
                f"Bearer eyJraWQiOiI{_nanoid(rng, 10)}IiwiYWxnIjoiUlMyNTYifQ."
                f"{_nanoid(rng, 48)}.{_nanoid(rng, 43)}",
                _from(rng, string.ascii_uppercase + "234567", 26) + "======",
                f"ipfs://Qm{_from(rng, _BASE58, 44)}",
                f"v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}-"
                f"{rng.randint(1, 300)}-g{_short_hex(rng, 7)}",
                f"static/js/{rng.randint(100, 999)}.{_hex(rng, 8)}.chunk.js",
                f"vendors~main.{_hex(rng, 20)}.bundle.js",
                f"{component}_root__{_nanoid(rng, 5)} {component}_"
                f"{rng.choice(('inner', 'caption', 'meta'))}__{_nanoid(rng, 5)}",
                f"data-v-{_hex(rng, 8)}",
                f"_ngcontent-ng-c{rng.randint(10**9, 4 * 10**9)}",
                f"svelte-{_from(rng, string.ascii_lowercase + string.digits, 7)}",
                f"_hsenc=p2ANqtz-{_nanoid(rng, 40)}&_hsmi={rng.randint(10**8, 10**9 - 1)}",
                f"mkt_tok={_token(rng, 48)}",
                f"ttclid={_nanoid(rng, 32)}",
                f"srsltid=AfmBOo{_nanoid(rng, 44)}",
                f"?igsh={_token(rng, 20)}",
                f"utm_content={slug}-{rng.randint(1, 40)}&utm_term="
                f"{rng.choice(('lede', 'rail', 'sticky', 'inline'))}&utm_id="
                f"{rng.randint(10**5, 10**6)}",
                f"Ray ID: {_hex(rng, 16)}",
                f"Reference #18.{_short_hex(rng, 8)}.{rng.randint(1_700_000_000, 1_800_000_000)}."
                f"{_short_hex(rng, 8)}",
                f"00-{_hex(rng, 32)}-{_hex(rng, 16)}-01",
                f"GettyImages-{rng.randint(10**9, 2_300_000_000)}.jpg",
                f"shutterstock_{rng.randint(10**9, 2_600_000_000)}.jpg",
                f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                f"{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}Z_1_"
                f"LYNXMPE{_from(rng, string.ascii_uppercase + string.digits, 5)}_RTROPTP_3_"
                f"{rng.choice(('STORM', 'ELECTION', 'TRADE', 'RAIL'))}-"
                f"{rng.choice(('FLOOD', 'COURT', 'STRIKE', 'SUMMIT'))}.JPG",
                f"/wp-content/cache/autoptimize/css/autoptimize_{_hex(rng, 32)}.css",
                f"gbraid=0AAAAAD{_nanoid(rng, 28)}",
                f"_kx={_nanoid(rng, 36)}.{_from(rng, string.ascii_uppercase + string.digits, 6)}",
            ]
        )
    if category == "markup_residue":
        element = _short_hex(rng, 7)
        return rng.choice(
            [
                f'<div class="elementor-element elementor-element-{element} elementor-widget '
                f'elementor-widget-text-editor" data-id="{element}" data-element_type="widget">',
                "[/et_pb_text][/et_pb_column]",
                f'[vc_single_image image="{rng.randint(100, 99999)}" img_size="full" '
                'alignment="center"]',
                f"{{loadposition ads-{rng.choice(('top', 'mid', 'bottom'))}}}",
                f'{{{{< figure src="/images/{year}/{_short_hex(rng, 6)}.jpg" caption="" >}}}}',
                "{{% notice warning %}}",
                "{% capture pullquote %}{% endcapture %}",
                "{{ craft.entries.section('news').limit(3).all() }}",
                "{% block sidebar %}{% endblock %}",
                "{{^isSubscriber}}{{/isSubscriber}}",
                "@include('partials.ad-slot', ['position' => 'inline'])",
                "{!! $article->body !!}",
                f'<AdUnit slot="inline-{rng.randint(1, 6)}" sizes={{[[300, 250]]}} />',
                "{article.kicker && <Kicker text={article.kicker} />}",
                f'<media:content url="https://media.example/{_hex(rng, 12)}.jpg" '
                f'medium="image" width="{rng.choice((640, 800, 1200))}" />',
                "<dc:creator><![CDATA[Staff Reporter]]></dc:creator>",
                f"<!-- AD SLOT: in-article-{rng.randint(1, 8)} -->",
                "<!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->",
                "<style>.story-body p:first-of-type::first-letter{float:left;font-size:3em}"
                "</style>",
                '<script async src="https://platform.twitter.com/widgets.js" '
                'charset="utf-8"></script>',
                "_taboola.push({mode:'thumbnails-a', container:'taboola-below-article', "
                "placement:'Below Article'});",
                '<blockquote class="instagram-media" data-instgrm-captioned '
                'data-instgrm-version="14">',
                f"| {place} | {rng.randint(10, 99)} | {rng.randint(10, 99)} | "
                f"{rng.randint(1, 60)}.{rng.randint(0, 9)}% |",
                f"[^{rng.randint(1, 9)}]: Figures from the {year} census.",
                r"\begin{tabular}{l r r}\hline",
                "&amp;#8217;s &amp;quot;",
                '<span class="Apple-converted-space"> </span>',
                f"[[File:{place.replace(' ', '_')}_skyline_{year}.jpg|thumb|right|"
                f"{rng.choice((220, 250, 300))}px]]",
                f'<amp-ad width="300" height="250" type="doubleclick" '
                f'data-slot="/{rng.randint(1000, 99999)}/news/article"></amp-ad>',
                "/* <![CDATA[ */ var ajaxurl = '/wp-admin/admin-ajax.php'; /* ]]> */",
            ]
        )
    if category == "call_to_action":
        topic = rng.choice(_TOPICS_F)
        return rng.choice(
            [
                f"Add {site} as a preferred source on Google to see more of our coverage",
                f"Join the {site} WhatsApp channel for the evening's top headlines",
                f"Want this by email? The {site} {topic} briefing lands every weekday at "
                f"{rng.randint(5, 8)}am",
                f"Gift this article — subscribers can share {rng.randint(5, 12)} stories a "
                "month with anyone",
                "Rate this story: ☆☆☆☆☆",
                f"How are we doing? Answer our {rng.randint(2, 5)}-minute reader survey",
                f"Switch on match alerts in the {site} app to hear about every goal as it goes in",
                f"Keep {site} free to read for everyone — chip in {cur}{rng.choice((3, 5, 10))}",
                f"Readers like you pay for {rng.randint(30, 80)}% of our reporting. Start a "
                "monthly contribution",
                f"Join the {site} reader community on Discord",
                f"New episodes every {weekday}: search “{site} Unpacked” on Spotify or Apple "
                "Podcasts",
                "Watch the full interview on our YouTube channel and hit subscribe",
                "and if you want updates on this story as it develops, tap Follow at the top of "
                "the page.",
                "Readers who want the full figures can register for free to download the "
                "spreadsheet.",
                f"Create a free account to unlock {rng.randint(2, 5)} more articles this month",
                "Comments are open to registered readers — sign in to join the discussion",
                "Spotted an error? Tell us through our corrections form",
                f"Enjoyed this? Tap the share icon and send it to someone in {place}",
                f"Have breaking-news emails from {site} sent the moment a story lands",
                f"Get the {site} app: read offline, listen to articles, keep your favourites "
                "together",
                "Follow this author to be notified when they publish",
                f"Pledge {cur}{rng.randint(3, 15)} a month and receive our members-only {topic} "
                "digest",
                "Cast your vote in today's reader poll at the bottom of this page",
                f"Register for our free {topic} webinar on {weekday} at {rng.randint(1, 7)}pm",
                "Know something we should investigate? Send it to us securely via SecureDrop",
                f"which is why we would ask you, if you can, to back {site} with a one-off gift.",
                f"Tap the 🔔 to be alerted when {site} goes live",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "g": written on 2026-11-24 blind to the detector, like e and f (see the
# module docstring); its misses were read once style h was written, so it is
# a development set now.  Brands, goods, places, trips, services, publications,
# languages and scripts appear in no other style, and no template sentence of
# another style is reused.
_BRANDS_G = (
    "Corrisande",
    "Ulverton",
    "Pellavine",
    "Quorvell",
    "Ashby & Lisle",
    "Sendaro",
    "Merrowby",
    "Vantorri",
    "Tillmarsh",
)
_GOODS_G = (
    "air purifiers",
    "electric toothbrushes",
    "sleep trackers",
    "vinyl turntables",
    "portable power stations",
    "ceramic cookware",
    "massage guns",
    "dash cams",
    "smart thermostats",
    "robot lawn mowers",
)
_PLACES_G = (
    "Wisconsin",
    "Aberdeen",
    "Alberta",
    "Louisiana",
    "Nottingham",
    "Auckland",
    "Idaho",
    "Galway",
    "Maine",
)
_TRIPS_G = ("Crete", "the Faroe Islands", "Patagonia", "Sicily", "Mauritius", "the Lofoten Islands")
_SERVICES_G = (
    "electrician",
    "tree surgeon",
    "carpet cleaner",
    "removals firm",
    "handyman",
    "garage door engineer",
)
_SITES_G = ("Oxbury Chronicle", "Quarrington Courier", "Wetherfield Sentinel", "Pellham Gazette")
_TOPICS_G = ("health", "travel", "music", "business", "parenting", "film", "weather", "motoring")
_EVENTS_G = ("the floods", "the storm", "the rail strike", "the power cut", "the heatwave")
_CURRENCIES_G = ("$", "£", "€", "NZ$")
_MONTHS_G = ("February", "May", "July", "August", "November", "December")
_WEEKDAYS_G = ("Wednesday", "Saturday", "Sunday")
_NAMES_G = ("Margaret", "Deepak", "Siobhan", "Tom", "Aroha", "Luis", "Brenda")
# Languages no other style uses: Icelandic, Latvian, Slovenian, Catalan, Basque,
# Welsh, Irish, Galician, Maltese, Luxembourgish, Afrikaans, Belarusian,
# Macedonian, Mongolian, Uzbek, Yoruba, Zulu, Hausa, Somali, Pashto, Sindhi and
# Dhivehi (in Thaana, a script no other style uses).
_FOREIGN_G = (
    "Grenntu þig um 10 kíló á mánuði með einni töflu á dag",
    "Ātrie kredīti bez ķīlas, nauda jūsu kontā desmit minūšu laikā",
    "Kupite replike luksuznih ur po najnižji ceni, dostava v 48 urah",
    "Aposta ara al teu equip i rep 50 euros de benvinguda sense dipòsit",
    "Erregistratu orain eta jaso 100 euroko opari-bonua gure kasinoan",
    "Enillwch arian o gartref, cofrestrwch heddiw am ddim",
    "Faigh iasacht thapa gan seiceáil creidmheasa, airgead i do chuntas inniu",
    "Viagra xenérica sen receita, envío discreto á túa casa",
    "Ixtri l-aqwa telefowns bl-irħas prezz, konsenja fl-istess jum",
    "Dee beschte Casino-Bonus am Land – elo spillen a gewannen",
    "Verdien R5 000 per dag met kripto, sonder enige ervaring",
    "Хуткія пазыкі без даведак, грошы на картку за 15 хвілін",
    "Запознајте осамени жени од вашиот град, регистрацијата е бесплатна",
    "Биткойноор өдөрт 500 доллар олох нууц арга",
    "Uydan chiqmasdan kuniga 500 ming so'm ishlang",
    "Forúkọ sílẹ̀ lónìí kí o gba ẹ̀bùn owó",
    "Thola imali mboleko ngokushesha ngaphandle kokuhlolwa kwesikweletu",
    "Sami kuɗi daga gida kowace rana, yi rajista yanzu kyauta",
    "Ku guuleyso lacag maalin walba, iska diiwaangeli hadda",
    "ارزانه موبایلونه، کور ته وړیا لیږد",
    "اڄ ئي رجسٽر ڪريو ۽ بونس حاصل ڪريو",
    "މިއަދު ގަނެލައްވާ، ޚާއްޞަ ހެޔޮ އަގުތަކެއް",
)
_ALNUM_LOWER = string.ascii_lowercase + string.digits


def _uuid4(rng: random.Random) -> uuid.UUID:
    # Version-4 layout (random bits with the version and variant fields set), like real ids.
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _draws(rng: random.Random, vocabulary: tuple[Sequence[str], ...]) -> tuple[str, ...]:
    """The picks styles g to j and l open with, in one order (their output depends on it).

    ``vocabulary`` holds the style's brands, goods, places, trips, sites,
    currencies, months, weekdays and topics; returns brand, another brand,
    goods, place, trip, site, currency, month, weekday, topic, and the brand's
    slug and the site's handle.
    """
    brands, goods, places, trips, sites, currencies, months, weekdays, topics = vocabulary
    brand, other = rng.sample(brands, 2)
    picks = [rng.choice(pool) for pool in (goods, places, trips, sites, currencies, months)]
    picks += [rng.choice(weekdays), rng.choice(topics)]
    slug = brand.lower().replace(" & ", "-").replace(" ", "")
    handle = picks[3].lower().replace(" ", "")
    return (brand, other, *picks, slug, handle)


def _local_draws(
    rng: random.Random,
    vocabulary: tuple[Sequence[str], ...],
    locale: dict[str, tuple[str, str]],
    names: Sequence[str],
    acts: Sequence[str],
    services: Sequence[str],
    phone: Callable[[random.Random, str], str],
) -> tuple:
    """The picks styles m, n and o open with, in one order (their output depends on it).

    :func:`_draws` (without its currency: the place's own replaces it), then
    the place's currency and dialling code from ``locale``, a name, an act, a
    service, a year, a day, a month's number and a phone number of the place.
    """
    brand, other, goods, place, trip, site, _cur, month, weekday, topic, slug, handle = _draws(
        rng, vocabulary
    )
    cur, dial = locale[place]
    name, act = rng.choice(names), rng.choice(acts)
    service = rng.choice(services)
    year = rng.randint(2024, 2027)
    day = rng.randint(1, 28)
    month_no = rng.randint(1, 12)
    drawn = (brand, other, goods, place, trip, site, month, weekday, topic, slug, handle)
    return (*drawn, cur, dial, name, act, service, year, day, month_no, phone(rng, dial))


_VOCABULARY_G = (
    _BRANDS_G,
    _GOODS_G,
    _PLACES_G,
    _TRIPS_G,
    _SITES_G,
    _CURRENCIES_G,
    _MONTHS_G,
    _WEEKDAYS_G,
    _TOPICS_G,
)


def _line_g(rng: random.Random, category: str) -> str:
    brand, other, goods, place, trip, site, cur, month, weekday, topic, slug, handle = _draws(
        rng, _VOCABULARY_G
    )
    year = rng.randint(2024, 2027)
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    phone = f"0{rng.randint(800, 808)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if category == "ad":
        high = rng.randint(49, 1400)
        low = high - rng.randint(5, high // 3)
        service = rng.choice(_SERVICES_G)
        model = f"{rng.choice('KLMRT')}{rng.randint(2, 9)}0"
        trip_title = trip[0].upper() + trip[1:]
        return rng.choice(
            [
                f"The {goods.title()} Mistake Most {place} Households Make Every Winter | {brand}",
                f"{rng.randint(9, 27)} {goods.title()} Reviewers Keep Coming Back To "
                f"(No. {rng.randint(3, 9)} Surprised Us) · {brand}",
                f"{brand} {goods} — now {cur}{low} (RRP {cur}{high})",
                f"Knock {cur}{high - low} off {brand} {goods} this {weekday} only",
                f"We tested {rng.randint(6, 19)} {goods} and the {brand} {model} came out on top "
                f"— {cur}{low} at {other}",
                f"Best {goods} of {year}: our favourite, from {brand}, is down to {cur}{low}",
                f"{service.capitalize()} covering {place} and surrounding areas, fully insured, "
                f"{rng.randint(8, 40)} years' experience. Call {phone}",
                f"Need a {service} in {place} tonight? {brand} Home Services can be with you in "
                f"{rng.randint(30, 90)} minutes",
                f"{brand} Rewards Credit Card: {rng.randint(12, 24)} months 0% on purchases, "
                f"then {rng.randint(19, 29)}.9% APR variable",
                f"Compare {place} home insurance from {rng.randint(20, 60)} providers with "
                f"{brand} — it takes about {rng.randint(3, 6)} minutes",
                f"{brand} Physio, {place}: back and neck pain assessed the same week, no GP "
                "referral needed",
                f"Struggling to sleep? {rng.randint(3, 40)},000 {place} adults tried the {brand} "
                "sleep programme last year",
                f"Study for an online MBA at {brand} Business School — part-time, "
                f"{rng.randint(15, 30)} months, bursaries available for {year}",
                f"{trip_title} all-inclusive: {rng.randint(5, 14)} nights from {cur}"
                f"{rng.randint(499, 2499)} with {brand} Escapes, under-12s stay at no charge",
                f"{brand} CRM keeps every customer in one place. No card needed for teams of up "
                f"to {rng.randint(3, 10)}.",
                f"{brand} Wine Club: {rng.choice((6, 12))} bottles chosen by our sommeliers, "
                f"{cur}{rng.randint(60, 140)} a case, delivered every {rng.choice((4, 8))} weeks",
                f"Build your empire, raid your rivals: {brand} Legends is the strategy game "
                f"{rng.randint(10, 90)} million people can't put down",
                f"The new {brand} {model} hybrid. {rng.randint(48, 72)} mpg combined. Test "
                f"drives at {place} dealers from {weekday}.",
                f"“I wish I'd found {brand} years ago” — {rng.choice(_NAMES_G)}, "
                f"{rng.randint(34, 81)}, {place}",
                f"★★★★★ 4.{rng.randint(6, 9)}/5 from {rng.randint(2, 60)},{rng.randint(100, 999)} "
                f"verified buyers · {brand} {goods}",
                f"{brand} Funeral Plans — fix today's prices for tomorrow. Freephone {phone}",
                f"{slug}.example/{goods.replace(' ', '-')} — {goods} built to outlast the warranty",
                f"{brand}. Quietly brilliant {goods}.",
                f"Designed in {place}. Made for real kitchens. {brand}.",
                f"Is your old boiler costing you more than it should? {brand} can tell you in "
                f"{rng.randint(30, 90)} seconds",
                f"Retirees In {place} Are Rethinking Where They Keep Their Savings ({brand}) "
                "Learn More",
                f"{rng.randint(2, 4)}-bed townhouses in {place} from {cur}{rng.randint(210, 740)},"
                f"000 — {brand} Living, register your interest",
                f"Paid for a car on finance before {rng.randint(2015, 2021)}? {brand} Claims "
                f"says you could be owed up to {cur}{rng.randint(1, 9)},{rng.randint(100, 999)}",
                f"{brand} fresh dog food, portioned for your dog — your first box is "
                f"{rng.choice((40, 50, 60))}% less",
                f"{brand} Fibre {rng.choice((150, 500, 900))}Mbps for {cur}{rng.randint(22, 45)} a "
                f"month, no mid-contract price rises for {rng.randint(2, 3)} years",
                f"SIM only: {rng.randint(20, 200)}GB data, {cur}{rng.randint(6, 18)}/month on a "
                f"{rng.choice((30, 31))}-day rolling plan | {brand} Mobile",
                f"{brand} is hiring delivery drivers in {place}: up to {cur}"
                f"{rng.randint(17, 26)}/hour, paid weekly",
                f"Meet single professionals in {place} — {brand} matches you on values, not looks",
                f"{brand} Food Festival, {place} Showground, {rng.randint(1, 28)} {month} — "
                f"early-bird tickets {cur}{rng.randint(12, 45)}",
                f"You've earned better {goods}. {brand}, from {cur}{low}.",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"This series is presented by {brand}",
                f"{site} {topic.capitalize()}, presented by {brand}",
                f"From our partners at {brand}",
                f"{brand} Brand Studio",
                f"Created by {site} Studio on behalf of {brand}",
                f"This article was paid for by {brand} and written by {site} Studio, not by our "
                "newsroom.",
                f"Sponsored feature · {brand}",
                f"Brought to you by {brand}",
                f"Supported by {brand}. All content is editorially independent.",
                f"This newsletter is supported by {brand}",
                f"Thanks to {brand} for sponsoring this episode",
                f"If you buy something through our links, {site} may earn a commission.",
                f"{site} is reader-supported. When you buy through links on our site, we may "
                "earn an affiliate commission.",
                f"Through the {other} Associates programme, {site} earns from qualifying "
                "purchases.",
                f"Every product here is independently selected by our editors. {site} may "
                "collect a share of sales.",
                f"This reporting was supported by a grant from the {brand} Trust. The funder had "
                "no say over its content.",
                f"{site}'s {topic} coverage is funded in part by the {brand} Foundation.",
                f"Underwriting support for this story comes from {brand}",
                f"{brand} is a proud sponsor of {site} {topic.capitalize()}",
                f"Advertorial: the following is paid content from {brand}",
                f"Promotional feature in association with {brand}",
                f"Paid partnership with {brand}",
                f"#ad #{slug.replace('-', '')}partner",
                f"Disclosure: {site} has a financial relationship with {brand}.",
                f"Content by {brand}. {site}'s journalists were not involved.",
                f"Contingut patrocinat per {brand}",
                f"Kynning í samstarfi við {brand}",
                f"Reklāmraksts sadarbībā ar {brand}",
                f"Oglasno sporočilo – {brand}",
                f"Noddir gan {brand}",
                f"Geborg deur {brand}",
                f"Kontenut sponsorjat minn {brand}",
            ]
        )
    if category == "injected_spam":
        ticker = _from(rng, string.ascii_uppercase, rng.randint(3, 5))
        house = brand.split()[0]
        return rng.choice(
            [
                *_FOREIGN_G,
                f"Tramadol {rng.choice((50, 100))}mg shipped discreetly to {place}, no script "
                "needed, pay with gift cards",
                f"The Aviator crash game at {house}Bet multiplied one player's stake "
                f"{rng.randint(40, 900)}x in {rng.randint(5, 30)} seconds",
                f"Lost crypto to a scam? Our certified recovery agents got back "
                f"${rng.randint(12, 300)},{rng.randint(100, 999)} for a {place} investor last "
                "month",
                f"New meme coin ${ticker} listed {rng.randint(3, 50)} minutes ago, liquidity "
                "locked, 1000x potential",
                f"Verified webcam girls from {place} online now, private shows from "
                f"{rng.randint(5, 30)} tokens",
                f"Niche edits on aged {topic} blogs, {rng.randint(5, 50)} backlinks for "
                f"${rng.randint(49, 399)}, indexed within a week",
                f"Rank #1 on Google in {rng.randint(7, 30)} days or your money back — white-hat "
                "PBN links",
                f"Payday loans up to {cur}{rng.randint(1, 5)},000 with no credit check, approved "
                "even with CCJs",
                f"Buy a genuine-looking university diploma with transcript, verifiable in "
                f"{rng.randint(20, 90)} countries",
                f"IPTV: {rng.randint(10, 40)},000 channels and every sports package for {cur}"
                f"{rng.randint(39, 79)} a year, instant activation",
                "Read anyone's WhatsApp messages remotely, they will never know — spy app download",
                f"Windows and Office keys for {cur}{rng.randint(5, 15)}, lifetime, emailed in "
                f"{rng.randint(2, 10)} minutes",
                f"Fixed matches for {weekday}: odds of {rng.randint(10, 60)} guaranteed, pay "
                "after you win",
            ]
        )
    if category == "junk_token":
        words = rng.sample(["mayor", "harbour", "levy", "inquiry", "ferry", "tariff", "pier"], 3)
        ms = rng.randint(1_700_000_000_000, 1_800_000_000_000)
        return rng.choice(
            [
                f"urn:uuid:{_uuid4(rng)}",
                _uuid4(rng).hex,
                f'ObjectId("{_hex(rng, 24)}")',
                f"/dp/B0{_from(rng, string.ascii_uppercase + string.digits, 8)}?tag={slug}-21"
                "&linkCode=ogi&th=1&psc=1",
                f"__cft__[0]=AZ{_nanoid(rng, 60)}&__tn__=%2CO%2CP-R",
                f"trk=public_post-text&li_fat_id={_uuid4(rng)}",
                "guccounter=1&guce_referrer=aHR0cHM6Ly93d3cuZ29vZ2xlLmNvbS8&guce_referrer_sig="
                f"AQAAA{_token(rng, 40)}",
                f"yclid={rng.randint(10**16, 10**17 - 1)}",
                f"epik=dj0yJnU9{_token(rng, 32)}JnA9MCZuPW{_token(rng, 10)}",
                f"s_kwcid=AL!{rng.randint(1000, 9999)}!3!{rng.randint(10**11, 10**12 - 1)}!e!!g!!"
                f"{words[0]}",
                "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA"
                f"{_from(rng, string.ascii_uppercase + '234567', 16)}%2F{date.replace('-', '')}"
                f"%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature={_hex(rng, 64)}",
                f"/image/upload/c_fill,g_auto,h_630,w_1200/v{ms // 1000}/news/"
                f"{'-'.join(words)}_{_from(rng, _ALNUM_LOWER, 6)}.jpg",
                f"?auto=format&fit=crop&w={rng.choice((800, 1200, 2000))}&q=80&ixlib=rb-4.0.3"
                f"&ixid=M3w{_nanoid(rng, 40)}",
                f"__cf_bm={_nanoid(rng, 43)}-{ms // 1000}-1.0.1.1-{_nanoid(rng, 20)}",
                f"tweet-{rng.randint(1_700_000_000_000_000_000, 1_990_000_000_000_000_000)}",
                f"{year}.{rng.randint(1, 12)}.{rng.randint(1, 28)}-rc.{rng.randint(1, 9)}+sha."
                f"{_short_hex(rng, 7)}",
                f"sha256:{_hex(rng, 64)}",
                f"#:~:text={words[0]}%20{words[1]},-{words[2]}",
                f"%E2%80%98{words[0]}%E2%80%99-{words[1]}-{words[2]}-{rng.randint(10, 99)}",
                f"comp-{_from(rng, _ALNUM_LOWER, 8)} comp-{_from(rng, _ALNUM_LOWER, 8)}-"
                "inlineContent",
                f"radix-:r{_from(rng, _ALNUM_LOWER, 2)}:",
                f"jsx-{rng.randint(10**9, 4 * 10**9)}",
                f"col-12 col-md-{rng.choice((6, 8, 9))} offset-lg-{rng.randint(1, 2)} d-flex "
                "justify-content-between align-items-center mb-3",
                f"article-card__title article-card__title--{rng.choice(('large', 'compact'))} "
                f"js-track-click js-{_from(rng, _ALNUM_LOWER, 6)}",
                f"JSESSIONID={_hex(rng, 32).upper()}.node{rng.randint(1, 12)}",
                f"csrfmiddlewaretoken={_token(rng, 64)}",
                f"https://trib.al/{_token(rng, 7)}",
                f"WhatsApp Image {date} at {rng.randint(0, 23):02d}.{rng.randint(0, 59):02d}."
                f"{rng.randint(0, 59):02d}.jpeg",
                f"PXL_{date.replace('-', '')}_{rng.randint(10**8, 10**9 - 1)}.MP.jpg",
                f"AFP__{date.replace('-', '')}__"
                f"{_from(rng, string.ascii_uppercase + string.digits, 6)}__v{rng.randint(1, 3)}"
                f"__HighRes__{words[0].title()}{words[1].title()}.jpg",
                f'ETag: W/"{rng.randint(10, 99)}-{_nanoid(rng, 27)}"',
                f"?cb={ms}&_={ms + rng.randint(1, 999)}",
                f"/assets/index-{_from(rng, string.ascii_letters + string.digits, 8)}.js",
                f"/{rng.randint(10**7, 10**11)}/{handle}/article_mpu_{rng.randint(1, 6)}",
                f"hb_pb={rng.randint(0, 9)}.{rng.randint(10, 99)}&hb_adid={_hex(rng, 15)}"
                f"&hb_bidder={rng.choice(('appnexus', 'rubicon', 'ix', 'openx'))}",
            ]
        )
    if category == "markup_residue":
        fragment = rng.choice(("most-read", "related", "newsletter-inline", "top-stories"))
        return rng.choice(
            [
                f'<!--#include virtual="/ssi/{fragment}.html" -->',
                f'<esi:include src="/fragments/{fragment}" />',
                "{$article.headline|escape:'html'}",
                "{if $reader.isSubscriber}{else}{include file='paywall.tpl'}{/if}",
                '#if($story.hasPaywall)#parse("paywall.vm")#end',
                '<#if article.sponsored??><@adSlot position="inline"/></#if>',
                '<c:out value="${story.byline}" escapeXml="true"/>',
                '<span th:text="${article.section}">Section</span>',
                '@Html.Partial("_InlineAd", Model.AdConfig)',
                "<cfoutput>#news.title#</cfoutput>",
                "{#if !user.premium}<Paywall />{/if}",
                '<div v-if="showNewsletter" class="newsletter-inline"></div>',
                '<app-related-stories *ngIf="related.length" [items]="related">'
                "</app-related-stories>",
                f'{{exp:channel:entries channel="news" limit="{rng.randint(3, 10)}" dynamic="no"}}',
                f'<txp:article_custom section="{topic}" limit="{rng.randint(3, 8)}" />',
                "###SUBPART_TEASER###",
                f"{{{{cite web |url=https://{handle}.example/{rng.randint(10**5, 10**6)} "
                f"|title= |access-date={date}}}}}",
                f".. image:: /media/{year}/{_short_hex(rng, 10)}.jpg",
                '<!-- wp:separator {"className":"is-style-dots"} -->',
                '[td_block_text_with_title custom_title="Related"]',
                f'[the_ad id="{rng.randint(10, 9999)}"]',
                f'[products limit="{rng.randint(2, 8)}" columns="{rng.randint(2, 4)}" '
                'orderby="popularity"]',
                '<drupal-media data-align="center" data-entity-type="media" '
                f'data-entity-uuid="{_uuid4(rng)}"></drupal-media>',
                "(adsbygoogle = window.adsbygoogle || []).push({});",
                '<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-'
                f'{rng.randint(10**15, 10**16 - 1)}" data-ad-slot='
                f'"{rng.randint(10**9, 10**10 - 1)}"></ins>',
                f"var _sf_async_config = _sf_async_config || {{}}; _sf_async_config.uid = "
                f"{rng.randint(10000, 99999)};",
                '<div class="OUTBRAIN" data-src="DROP_PERMALINK_HERE" data-widget-id="AR_1"></div>',
                '<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/'
                f'{_nanoid(rng, 11)}" frameborder="0" allowfullscreen></iframe>',
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
                f":root{{--accent:#{_short_hex(rng, 6)};--gutter:1.25rem}}",
                "&#x2014;&#xA0;&ldquo;&thinsp;",
                r"\u201cThe council\u2019s plan\u201d \u2013",
                f"//# sourceMappingURL=article.{_hex(rng, 8)}.js.map",
                f"(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[{rng.randint(100, 999)}"
                "],{",
                "<!-- googleoff: index --><!-- googleon: index -->",
            ]
        )
    if category == "call_to_action":
        event = rng.choice(_EVENTS_G)
        return rng.choice(
            [
                f"Follow {site} on Google News to see our stories first",
                f"Join {rng.randint(5, 90)},000 readers on the {site} Telegram channel",
                f"Find us on Threads and Bluesky: @{handle}",
                f"Print subscriber? Activate your digital access in {rng.randint(2, 5)} minutes "
                "at no extra cost",
                f"Subscribe: {cur}1 for the first {rng.choice((4, 6, 8))} weeks, then {cur}"
                f"{rng.randint(6, 19)} every four weeks",
                f"You've used {rng.randint(2, 4)} of your {rng.choice((5, 6))} free articles this "
                "month — see subscription options",
                f"Read today's print edition page by page in the {site} e-paper",
                "Watch a short video to unlock this article",
                f"Take our {topic} quiz: {rng.randint(8, 15)} questions, how many can you get "
                "right?",
                f"Were you affected by {event}? Share your experience with our reporters using "
                "the form below",
                f"Send your photos and videos of {event} to our newsdesk on WhatsApp: {phone}",
                f"Letters to the editor should be under {rng.choice((200, 250, 300))} words and "
                "include your full postal address",
                f"Like {site} on Facebook for the day's biggest stories",
                "Email this page to a friend · Print this article",
                f"Pin this {topic} guide to your Pinterest board for later",
                f"Go ad-free with {site} Plus from {cur}{rng.randint(2, 6)}.49 a month",
                f"Give {site} as a present — a digital subscription for someone you love",
                f"Enter our competition to win a week for two in {trip}. Entries close {weekday} "
                "at midnight",
                f"Download our free {topic} guide as a PDF",
                "Reply to this email and tell us what you'd like us to cover next",
                f"Enjoying the {site} app? Give us five stars in the App Store",
                f"Put your questions to our {topic} editor live on {weekday} at "
                f"{rng.randint(1, 8)}pm",
                f"Back us on Patreon from {cur}{rng.randint(3, 12)} a month and hear every "
                "episode early",
                f"Buy us a coffee ☕ — it keeps the {site} newsletter going",
                f"Allow location access to see {topic} news from near you",
                "Pick the topics you care about and we'll tailor your homepage",
                f"Please add {site} to the allow list of your ad blocker, then reload the page",
                f"Sign the {site} petition to save {place}'s rural bus routes",
                "Turn on live updates for this page to follow events as they unfold",
                f"— and for more stories like this, follow {site} on Flipboard.",
                "Subscriu-te al nostre butlletí setmanal",
                "Tanysgrifiwch i'n cylchlythyr wythnosol",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "h": written on 2026-11-24 blind to the detector, like e, f and g (see
# the module docstring); its misses were read once style i was written, so it
# is a development set now.  Brands, goods, places, trips, services, publications,
# languages and scripts appear in no other style, and no template sentence of
# another style is reused.
_BRANDS_H = (
    "Brennaby",
    "Ostrelle",
    "Kaldrimo",
    "Wynscombe",
    "Faverleigh & Hart",
    "Mirovane",
    "Pendravo",
    "Cullenwick",
    "Thurlova",
)
_GOODS_H = (
    "sofa beds",
    "water flossers",
    "baby monitors",
    "gaming headsets",
    "home projectors",
    "carry-on suitcases",
    "rattan garden furniture",
    "burr coffee grinders",
    "heated throws",
    "trail running shoes",
)
_PLACES_H = (
    "Kansas",
    "Swansea",
    "Montana",
    "Norwich",
    "Oklahoma",
    "Hobart",
    "Limerick",
    "Yukon",
    "Dundee",
)
_TRIPS_H = ("the Algarve", "Corfu", "Bali", "Cappadocia", "the Amalfi Coast", "Kyoto", "Tromsø")
_SERVICES_H = (
    "window cleaner",
    "chimney sweep",
    "dog groomer",
    "plasterer",
    "man and van",
    "appliance repair engineer",
)
_SITES_H = ("Halbrook Observer", "Ferncastle Echo", "Dunmere Herald", "Kingsholt Mercury")
_TOPICS_H = ("farming", "cricket", "energy", "fashion", "gaming", "history", "courts", "nature")
_CURRENCIES_H = ("$", "£", "€", "R")
_MONTHS_H = ("January", "April", "June", "September", "October")
_WEEKDAYS_H = ("Monday", "Thursday", "Friday", "Saturday")
_HEADLINE_WORDS_H = ("quarry", "bypass", "lido", "allotment", "reservoir", "tram", "abbey")
# Languages no other style uses: Javanese, Sundanese, Kinyarwanda, Xhosa, Igbo,
# Quechua, Guarani, Maori, Samoan, Hawaiian, Faroese, West Frisian, Breton,
# Corsican, Esperanto, Yiddish, Uyghur, Sorani Kurdish, Tatar, Kyrgyz, Tajik and
# Tigrinya, and Tamazight in Tifinagh and Inuktitut in Canadian syllabics (two
# scripts no other style uses).
_FOREIGN_H = (
    "Utangan dhuwit cepet tanpa jaminan, langsung cair ing rekening sampeyan dina iki",
    "Daptar ayeuna di kasino online, meunangkeun bonus saratus rébu tanpa deposit",
    "Tega ku mupira w'amaguru uyu munsi, utsindire amafaranga menshi",
    "Yenza imali usekhaya yonke imihla, bhalisa ngoku simahla",
    "Rụọ ọrụ n'ụlọ gị ma kpata ego kwa ụbọchị, debanye aha ugbu a",
    "Kunanmanta rantiy, chaninkuna aswan pisi kay p'unchawlla",
    "Ejogua ko'ágã ha ehupyty descuento tuicha, ko árape añónte",
    "Whiwhi moni mā te petipeti ipurangi, rēhita ināianei",
    "Fa'atau nei ma maua se tau taugofie, na'o le aso nei",
    "E kūʻai i kēia lā no ke kumukūʻai haʻahaʻa loa",
    "Skjót lán uttan trygd, peningarnir á kontuni innan tíggju minuttir",
    "Fal tsien kilo ôf yn in moanne mei ien pil yn 'e dei",
    "Gounezit arc'hant er gêr bemdez, en em enskrivit bremañ evit netra",
    "Cumprate oghje i telefonini à u prezzu più bassu, spedizione in 24 ore",
    "Aĉetu kriptomonon hodiaŭ kaj duobligu vian monon en unu semajno",
    "פֿאַרדינט געלט פֿון דער היים יעדן טאָג, רעגיסטרירט זיך איצט",
    "بۈگۈن سېتىۋېلىڭ، ئالاھىدە ئېتىبار باھادا",
    "قەرزی خێرا بەبێ بارمتە، پارەکەت لە ماوەی دە خولەکدا",
    "Казинода уйна һәм көн саен акча отып ал",
    "Салмагыңызды бир айда он килого азайтыңыз, диетасыз",
    "Қарзи фаврӣ бе кафил, пул дар кортатон дар давоми 10 дақиқа",
    "ካብ ገዛኹም ኮይንኩም መዓልታዊ ገንዘብ ስርሑ",
    "ⵙⵖ ⴷⵖⵉ ⵙ ⵡⴰⵜⵉⴳ ⴰⵎⵥⵥⵢⴰⵏ, ⴰⵙⵉⴼⴹ ⵖⵔ ⵜⴰⴷⴷⴰⵔⵜ ⵏⵏⴽ",
    "ᑮᓇᐅᔭᓕᐅᕐᓗᑎᑦ ᐊᖏᕐᕋᕐᓂ, ᐊᑎᓕᐅᕐᓗᑎᑦ ᐅᓪᓗᒥ",
)
_BASE62 = string.ascii_letters + string.digits
# Kubernetes names pods from this alphabet (no vowels, no look-alike digits).
_POD_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"


_VOCABULARY_H = (
    _BRANDS_H,
    _GOODS_H,
    _PLACES_H,
    _TRIPS_H,
    _SITES_H,
    _CURRENCIES_H,
    _MONTHS_H,
    _WEEKDAYS_H,
    _TOPICS_H,
)


def _line_h(rng: random.Random, category: str) -> str:
    brand, other, goods, place, trip, site, cur, month, weekday, topic, slug, handle = _draws(
        rng, _VOCABULARY_H
    )
    year = rng.randint(2024, 2027)
    day = rng.randint(1, 28)
    date = f"{year}-{rng.randint(1, 12):02d}-{day:02d}"
    mobile = f"07{rng.randint(700, 999)} {rng.randint(100000, 999999)}"
    if category == "ad":
        high = rng.randint(39, 1600)
        low = high - rng.randint(4, high // 3)
        service = rng.choice(_SERVICES_H)
        model = f"{rng.choice('DGNPV')}{rng.randint(1, 9)}"
        return rng.choice(
            [
                f"Frequently bought together: {brand} {goods} + {other} care kit — {cur}"
                f"{low + rng.randint(8, 40)} for both",
                f"{brand} {goods}, boxed and unused — current bid {cur}{low} · "
                f"{rng.randint(3, 41)} bids · ends {weekday} {rng.randint(1, 11)}:"
                f"{rng.randint(0, 59):02d}pm",
                f"Sold by {brand} Outlet (9{rng.randint(5, 9)}.{rng.randint(0, 9)}% positive) · "
                f"{cur}{low} + {cur}{rng.randint(2, 9)}.{rng.choice((49, 95, 99))} postage",
                f"{rng.randint(2014, 2021)} {brand} {model} estate, {rng.randint(28, 96)},000 "
                f"miles, full service history, {cur}{rng.randint(3, 14)},{rng.randint(1, 9)}95 "
                f"ono — {place}, call {mobile}",
                f"Double room to let in {place}, {cur}{rng.randint(450, 980)} pcm bills included, "
                f"professionals only, text {mobile}",
                f"WANTED: old cameras, vinyl and wristwatches, cash paid on the spot, {place} "
                f"area — ring {mobile}",
                f"Guide price {cur}{rng.randint(240, 890)},000 · {rng.randint(2, 5)}-bed detached "
                f"with garage and south-facing garden, {place} · {brand} Estates",
                f"{brand} Hotel {place} · 8.{rng.randint(1, 9)} Excellent · "
                f"{rng.randint(300, 4000):,} reviews · from {cur}{rng.randint(79, 260)} per night",
                f"Travel cover for {trip}: single trip from {cur}{rng.randint(9, 40)}, "
                f"pre-existing conditions considered — {brand} Insurance",
                f"Can you pass level {rng.randint(12, 90)}? Only 1% of players solve this "
                f"{brand} puzzle",
                f"{brand} Tactics — {rng.randint(40, 200)} heroes, one throne. Play in your "
                "browser, nothing to install.",
                f"Homeowners over 55 in {place} could unlock up to {cur}{rng.randint(40, 350)},000 "
                f"tax-free from their property — {brand} Lifetime Mortgages",
                f"Owe more than {cur}{rng.randint(5, 20)},000 on cards? {brand} could cut your "
                f"monthly repayments by up to {rng.randint(30, 60)}%",
                f"Business funding from {cur}{rng.randint(5, 20)}k to {cur}"
                f"{rng.randint(200, 750)}k, decisions in {rng.randint(4, 48)} hours — {brand} "
                "Capital",
                f"Laser eye surgery from {cur}{rng.randint(795, 1995)} per eye at {brand} Vision, "
                f"{place}",
                f"FUE hair transplant in Istanbul: {rng.randint(3, 5)},000 grafts, hotel and "
                f"transfers included — {brand} Clinic",
                f"Straighter teeth in {rng.randint(4, 9)} months with {brand} clear aligners, "
                f"from {cur}{rng.randint(29, 89)} a month",
                f"Speak to a GP by video in under {rng.randint(10, 40)} minutes, seven days a "
                f"week. {brand} Health.",
                f"{brand} Balance: menopause support with {rng.randint(8, 14)} botanicals, "
                f"{rng.randint(30, 90)} capsules, {cur}{rng.randint(18, 39)}",
                f"Speak Portuguese in {rng.randint(10, 15)} minutes a day with the {brand} app",
                f"One-to-one maths tutoring for ages {rng.randint(6, 9)}–{rng.randint(14, 16)}, "
                f"online, first lesson half price · {brand} Tutors",
                f"Block of 10 driving lessons {cur}{rng.randint(280, 420)}, manual or automatic, "
                f"{place} and district — {brand} School of Motoring",
                f"Run payroll for {rng.randint(5, 250)} staff in minutes. {brand} Payroll, used "
                f"by {rng.randint(8, 60)},000 small firms.",
                f"{rng.randint(80, 95)}% of breaches start with one click. {brand} trains your "
                "team to spot it.",
                f"Deploy in {rng.randint(20, 60)} seconds. {brand} Cloud, data centres in "
                f"{place}, from {cur}{rng.randint(4, 12)}/mo",
                f"{brand} Dog Grooming, {place}: full groom from {cur}{rng.randint(35, 65)}, our "
                "van comes to your door",
                f"Self storage in {place} from {cur}{rng.randint(9, 25)} a week, first month "
                f"{rng.randint(25, 50)}% less at {brand} Store",
                f"Find a trusted {service} in {place}: {rng.randint(40, 400)} reviewed local pros "
                f"on {brand} Trades",
                f"What's your home worth? Instant online valuation for {place} sellers from "
                f"{brand} Estates",
                f"Fixed-fee wills from {cur}{rng.randint(99, 250)}, written by a {brand} "
                "solicitor in one video call",
                f"{brand} Comedy Tour {year} — {place} Playhouse, {day} {month}. Tickets {cur}"
                f"{rng.randint(22, 48)}.50",
                f"Wedding fair at {brand} Hall, {place}, {weekday} {day} {month}: "
                f"{rng.randint(30, 90)} suppliers, entry {cur}{rng.randint(3, 8)}",
                f"Staff nurse, Band 5 — {brand} Healthcare, {place}. {cur}"
                f"{rng.randint(29, 38)},{rng.randint(100, 999)} plus relocation package. Apply "
                f"by {day} {month}.",
                f"Table for two? {brand} Kitchen opens in {place} this {month}",
                f"{brand}. Slow mornings, good coffee, {place} since {rng.randint(1961, 2012)}.",
                f"Weekends belong outside. {brand} {goods}.",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"{site} {topic.capitalize()} is powered by {brand}",
                f"Official {topic} partner of {site}: {brand}",
                f"Featured listing — {brand}",
                f"A word from this week's sponsor, {brand}.",
                f"This giveaway is run by {brand}; {site} receives a fee for hosting it.",
                f"Price comparison provided by {brand}. Prices are updated daily and {site} "
                "may be paid when you click.",
                f"Hotel rates supplied by {brand}; {site} may receive a fee from bookings.",
                f"Odds supplied by {brand}, our betting partner, and correct at the time of "
                "publishing. 18+ only. Please gamble responsibly.",
                f"Quotes provided by {brand} Insurance Services Ltd, authorised and regulated by "
                "the Financial Conduct Authority.",
                f"{site} has an advertising arrangement with {brand} and may be compensated if "
                "you apply.",
                f"The writer was a guest of {brand} Hotels in {trip}.",
                f"This recipe was commissioned by {brand}.",
                f"Headline sponsor: {brand} · Media partner: {site}",
                f"Title sponsor {brand} · Associate sponsor {other}",
                f"Gifted: the {goods} in this piece were sent to us by {brand}",
                "Affiliate links are marked with an asterisk (*).",
                f"{site} Deals is operated by {brand} under licence.",
                f"Ads by {brand}",
                f"Sponsored links · {brand}",
                f"Paid placement: {brand}",
                f"Episode sponsor: {brand}",
                f"Co-funded by the {brand} Fund. Views and opinions expressed are those of the "
                "author only.",
                f"Our fact-checking unit receives money from the {brand} Initiative.",
                f"A {site} and {brand} co-production",
                f"With thanks to our supporter, {brand}",
                f"Sponsor spotlight: {brand}",
                "Includes paid promotion",
                f"Partner offer from {brand}",
                f"Advertinsje yn gearwurking mei {brand}",
                f"Lýsing frá {brand}",
                f"Sponsorita enhavo de {brand}",
                f"Bruderezh – {brand}",
                f"Cuntenutu prumuzziunale di {brand}",
                f"He mea tautoko nā {brand}",
            ]
        )
    if category == "injected_spam":
        house = brand.split()[0]
        return rng.choice(
            [
                *_FOREIGN_H,
                f"SARMs and test cycles in stealth packaging, tracked delivery to {place} in "
                f"{rng.randint(2, 6)} days",
                f"Registered driving licences and passports, no exams, database-verified — "
                f"WhatsApp {mobile}",
                f"Fresh CVV fullz and bank logs with balances over ${rng.randint(5, 40)}k, "
                "escrow accepted",
                f"Band {rng.choice((7, 8))} IELTS certificate without sitting the exam, "
                "results in 10 days",
                f"Powerful love spell caster Dr {house}: bring back your ex in "
                f"{rng.randint(24, 72)} hours, call {mobile}",
                f"CONGRATULATIONS! Your email address won {cur}{rng.randint(500, 950)},000 in "
                "the online lottery draw. Contact our claims agent with your bank details.",
                "I am Barrister James Okoro, attorney to a late client who shares your surname. "
                "Reply for details of the unclaimed estate.",
                f"Cheap WoW gold and {rng.randint(1, 13)},000 V-Bucks, instant delivery, "
                "lowest rates on the net",
                f"Hire a verified hacker: recover accounts, change grades, track a phone — "
                f"{house}Hackers",
                "Great article, thanks for sharing! I bookmarked your blog. My site is about "
                f"{goods}, check it out: {slug}-best.example",
                f"best {goods} {place} cheap {goods} near me {goods} {place} reviews buy {goods} "
                f"{year}",
            ]
        )
    if category == "junk_token":
        words = rng.sample(_HEADLINE_WORDS_H, 3)
        ms = rng.randint(1_700_000_000_000, 1_800_000_000_000)
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        upper = string.ascii_uppercase + string.digits
        return rng.choice(
            [
                f"pi_3{_token(rng, 23)}_secret_{_token(rng, 25)}",
                f"AIzaSy{_nanoid(rng, 33)}",
                f"X-Amzn-Trace-Id: Root=1-{_short_hex(rng, 8)}-{_hex(rng, 24)}",
                f"https://{_hex(rng, 32)}@o{rng.randint(10**5, 10**7)}.ingest.sentry.io/"
                f"{rng.randint(10**6, 10**7)}",
                f"ajs_anonymous_id=%22{_uuid4(rng)}%22",
                f"mp_{_hex(rng, 32)}_mixpanel=%7B%22distinct_id%22%3A%20%22{_uuid4(rng)}%22%7D",
                f"optimizelyEndUserId=oeu{ms}r0.{rng.randint(10**15, 10**16 - 1)}",
                f"_hjSessionUser_{rng.randint(10**6, 10**7)}=eyJpZCI6I{_nanoid(rng, 40)}",
                f"_pk_id.{rng.randint(1, 9)}.{_short_hex(rng, 4)}={_hex(rng, 16)}.{ms // 1000}.",
                f"_clck={_from(rng, _ALNUM_LOWER, 6)}%7C2%7Cf{_from(rng, _ALNUM_LOWER, 2)}%7C0"
                f"%7C{rng.randint(1000, 1999)}",
                f"https://{slug}.app.link/{_token(rng, 11)}",
                f"https://u{rng.randint(10**6, 10**8)}.ct.sendgrid.net/ls/click?upn="
                f"{_nanoid(rng, 60)}",
                f"tblci=GiB{_nanoid(rng, 40)}",
                f"https://open.spotify.com/episode/{_from(rng, _BASE62, 22)}?si={_hex(rng, 16)}",
                f"2a0{rng.randint(0, 9)}:" + ":".join(_short_hex(rng, 4) for _ in range(7)),
                f"cid:image00{rng.randint(1, 9)}.png@01DA{_from(rng, '0123456789ABCDEF', 4)}."
                f"{_from(rng, '0123456789ABCDEF', 8)}",
                f"https://eur0{rng.randint(1, 6)}.safelinks.protection.outlook.com/?url=https%3A"
                f"%2F%2F{handle}.example%2F&data=05%7C02%7C%7C{_hex(rng, 32)}%7C{_hex(rng, 32)}"
                f"%7C0%7C0%7C{rng.randint(10**17, 10**18)}&sdata={_blob(rng, 42)}%3D&reserved=0",
                f"/url?sa=t&source=web&rct=j&opi=89978449&ved=2ahUKEw{_nanoid(rng, 40)}"
                f"&usg=AOvVaw{_nanoid(rng, 22)}",
                f"blob:https://{handle}.example/{_uuid4(rng)}",
                f"?sv=2022-11-02&ss=b&srt=o&sp=r&se={date}T{hh:02d}:00:00Z&spr=https&sig="
                f"{_blob(rng, 43)}%3D",
                f"/_next/image?url=%2Fimages%2F{'-'.join(words)}.jpg&w="
                f"{rng.choice((640, 1080, 1920))}&q=75",
                f"/build/_shared/chunk-{_from(rng, upper, 8)}.js",
                f"Screenshot {date} at {hh:02d}.{mm:02d}.{ss:02d}.png",
                f"DJI_{date.replace('-', '')}{hh:02d}{mm:02d}{ss:02d}_{rng.randint(1, 999):04d}"
                "_D.JPG",
                f"iStock-{rng.randint(10**8, 2 * 10**9)}.jpg",
                f"AdobeStock_{rng.randint(10**8, 10**9 - 1)}.jpeg",
                f"{'-'.join(words)}-{rng.choice(('1024x683', '768x512', '1536x1024'))}.jpg",
                f"irclickid={_nanoid(rng, 22)}&irgwc=1",
                f"awc={rng.randint(1000, 99999)}_{ms // 1000}_{_hex(rng, 32)}",
                f"_gl=1*{_from(rng, _ALNUM_LOWER, 7)}*_ga*{_token(rng, 24)}*_ga_"
                f"{_from(rng, upper, 10)}*{_token(rng, 40)}",
                f"euconsent-v2=CP{_nanoid(rng, 40)}.YAAAAAAAAAAA",
                "[email protected]",
                "Ã¢â‚¬â„¢Ã¢â‚¬Å“Ã‚Â",
                f"{words[0]}=E2=80=99s=20=E2=80=9C{words[1]}=E2=80=9D=20=3D",
                f"{rng.choice(('web', 'render', 'api', 'edge'))}-{_from(rng, _POD_ALPHABET, 10)}-"
                f"{_from(rng, _POD_ALPHABET, 5)}",
                f"x-vercel-id: lhr1::iad1::{_from(rng, _ALNUM_LOWER, 5)}-{ms}-{_hex(rng, 12)}",
            ]
        )
    if category == "markup_residue":
        width = rng.choice((400, 600, 640, 800))
        return rng.choice(
            [
                "include::partials/byline.adoc[]",
                f'image::images/{year}/{_short_hex(rng, 8)}.jpg[title="",width={width}]',
                f"#+ATTR_HTML: :width {width} :alt nil",
                f"!>/images/{year}/{_short_hex(rng, 8)}.jpg(Photo)!",
                '+newsletter-signup({variant: "inline", list: "morning"})',
                "%aside.promo-box{ data: { slot: 'mid' } }",
                "<%- include('partials/related', { limit: 3 }) %>",
                '{{ template "adslot" (dict "pos" "inline") }}',
                '{% load static humanize %}{% url "newsletter:signup" %}',
                '<%namespace name="ads" file="/ads.mako"/>',
                '<xsl:value-of select="article/headline" disable-output-escaping="yes"/>',
                '<h:outputText value="#{articleBean.standfirst}" escape="false" />',
                "import { Callout } from '@/components/mdx'",
                '{"_type":"block","style":"normal","markDefs":[],"children":[{"_type":"span",'
                f'"_key":"{_short_hex(rng, 12)}","text":""}}]}}',
                '{"nodeType":"embedded-entry-block","data":{"target":{"sys":{"id":"'
                f'{_nanoid(rng, 22)}","type":"Link","linkType":"Entry"}}}}}},"content":[]}}',
                f'{{"entityMap":{{}},"blocks":[{{"key":"{_from(rng, _ALNUM_LOWER, 5)}",'
                '"text":"","type":"unstyled","depth":0}]}',
                '<figure class="graf graf--figure graf-after--p">',
                '<div class="captioned-image-container"><figure><a class="image-link image2" '
                'target="_blank">',
                "<b:if cond='data:blog.pageType == &quot;item&quot;'>",
                "{block:Photo}{LinkOpenTag}{/block:Photo}",
                f"{{{{ cta('{_uuid4(rng)}') }}}}",
                '<sc:Placeholder Key="main-content" runat="server" />',
                '<sly data-sly-use.teaser="com.example.core.models.Teaser"></sly>',
                '<?$APPLICATION->IncludeComponent("bitrix:news.list", "main", Array());?>',
                "[[!getResources? &parents=`5` &limit=`3` &tpl=`teaserTpl`]]",
                '{{ collection:articles limit="3" }}{{ /collection:articles }}',
                f'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@{handle}/video/'
                f'{rng.randint(7 * 10**18, 8 * 10**18)}" data-video-id="'
                f'{rng.randint(7 * 10**18, 8 * 10**18)}" style="max-width: 605px;">',
                f'<div class="fb-post" data-href="https://www.facebook.com/{handle}/posts/'
                f'{rng.randint(10**15, 10**16)}" data-width="500"></div>',
                f'<iframe title="" aria-label="Map" id="datawrapper-chart-{_token(rng, 5)}" '
                f'src="https://datawrapper.dwcdn.net/{_token(rng, 5)}/{rng.randint(1, 9)}/" '
                'scrolling="no" frameborder="0" style="border: none;" height="480"></iframe>',
                '<div class="flourish-embed flourish-chart" data-src="visualisation/'
                f'{rng.randint(10**7, 2 * 10**7)}"></div>',
                '<blockquote class="bluesky-embed" data-bluesky-uri="at://did:plc:'
                f"{_from(rng, _ALNUM_LOWER, 24)}/app.bsky.feed.post/{_from(rng, _ALNUM_LOWER, 13)}"
                '">',
                '::: {.callout-note collapse="true"}',
                f"{{{{:news:photo_{rng.randint(100, 999)}.jpg?{width}|}}}}",
                "{panel:title=Related|borderStyle=dashed}",
                r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Calibri;}}",
                '<span itemprop="author" itemscope itemtype="https://schema.org/Person">',
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Play today's {site} crossword, sudoku and word wheel",
                f"Ask your smart speaker: “Alexa, play the {site} briefing”",
                f"Add {site} to your home screen for one-tap access",
                f"Make {site} your homepage",
                f"This story reads better in the {site} app — Open",
                f"Vote for {site} in the {year} Regional Press Awards",
                f"Nominate a local hero for the {site} Community Awards before {day} {month}",
                f"Want to write for us? Pitch your opinion piece to comment@{handle}.example",
                f"Join the {site} reader panel and help shape our {topic} coverage",
                f"Book tickets for {site} Live: an evening with our {topic} team in {place}",
                f"Visit the {site} shop for prints, mugs and tote bags",
                "Order a framed print of this photograph from our archive",
                f"Place a birth, marriage or death notice with {site} Family Notices",
                f"Advertise with us — reach {rng.randint(40, 600)},000 local readers every month",
                f"Find your next job on {site} Jobs",
                "Subscribe with Google: one tap, billed to your Google account",
                "Continue with Apple · Continue with Google · Continue with email",
                "Verify your email address to keep commenting",
                "Finish setting up your account: choose a display name",
                f"Your subscription ends in {rng.randint(2, 6)} days. Renew now to keep reading",
                "Update your payment details to avoid losing access",
                f"Students and teachers read {site} for {cur}1 a month — verify with your school "
                "email",
                f"Unlock this article for {rng.randint(2, 9)} credits",
                f"Watch our {topic} show live on Twitch every {weekday}",
                f"Follow {site} on Mastodon: @news@{handle}.example",
                f"Follow {site} on LinkedIn",
                f"Find {site} on Snapchat Discover",
                f"Our {topic} reporters are answering your questions on Reddit at "
                f"{rng.randint(1, 7)}pm",
                f"RSVP for our reader meet-up in {place} on {weekday} {day} {month}",
                f"Got a problem? Write to our agony aunt in confidence at help@{handle}.example",
                "— so if this helped, bookmark the page and come back on Sunday for part two.",
                f"Set {site} as a favourite in your news app",
                "Abonnearje op ús wyklikse nijsbrief",
                "Abonu nian semajnan novaĵleteron",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "i": written on 2026-11-24 blind to the detector, like e, f, g and h
# (see the module docstring); its misses were read once style j was written, so
# it is a development set now.  Brands, goods, places, trips, services,
# publications, clubs, films, languages and scripts appear in no other style,
# and no template sentence of another style is reused.
_BRANDS_I = (
    "Quillory",
    "Marlowen",
    "Tressaly",
    "Obrecht & Vane",
    "Hollinvar",
    "Dravenholm",
    "Saffrey",
    "Ellowmere",
    "Norvast",
)
_GOODS_I = (
    "walking pads",
    "smart doorbells",
    "pressure washers",
    "bread makers",
    "cargo bikes",
    "linen bedding",
    "infrared saunas",
    "riser recliner chairs",
    "balance bikes",
    "log burners",
)
_PLACES_I = (
    "Iowa",
    "Plymouth",
    "Quebec",
    "Delaware",
    "Inverness",
    "Wellington",
    "Nevada",
    "Kilkenny",
    "Exeter",
    "Darwin",
)
_TRIPS_I = (
    "the Norwegian fjords",
    "the Greek islands",
    "Alaska",
    "the Canary Islands",
    "the Caribbean",
    "the Adriatic",
)
_SERVICES_I = (
    "gardener",
    "tiler",
    "upholsterer",
    "piano tuner",
    "bathroom fitter",
    "septic tank emptier",
)
_SITES_I = ("Ashgrove Clarion", "Tolland Express", "Rivenhall Standard", "Calderbrook Argus")
_TOPICS_I = ("rugby", "property", "theatre", "cycling", "wildlife", "retirement", "space", "design")
_CURRENCIES_I = ("$", "£", "€", "C$")
_MONTHS_I = ("March", "May", "July", "November")
_WEEKDAYS_I = ("Tuesday", "Wednesday", "Sunday")
_SPORTS_I = ("netball", "ice hockey", "darts", "rugby league", "snooker")
_CLUBS_I = ("Kirkstall Rovers", "Harbourside United", "Mellby Athletic", "Port Ardran Town")
_FILMS_I = ("The Glass Meridian", "Nightjar Protocol", "Salt and Thunder", "Orchard of Wolves")
_BREEDS_I = ("French bulldog", "Pomeranian", "cavapoo", "Yorkshire terrier")
_SLUG_WORDS_I = ("marina", "bylaw", "floodgate", "quayside", "rezoning", "turbine", "tollbridge")
# Languages no other style uses: Sesotho, Setswana, Shona, Chichewa, Malagasy,
# Wolof, Lingala, Oromo, Cebuano, Hmong, Haitian Creole, Papiamento, Scottish
# Gaelic, Occitan, Sardinian, Romansh, Asturian, Turkmen, Bashkir, Assamese, and
# Santali in Ol Chiki, Bambara in N'Ko and Fula in Adlam (three scripts no other
# style uses).
_FOREIGN_I = (
    "Fumana kadimo ya chelete kapele ntle le tiisetso, chelete e kena akhaontong ya hao kajeno",
    "Dira madi o ntse kwa gae letsatsi le letsatsi, ikwadise gompieno mahala",
    "Tenga nhasi uwane mutengo wakaderera, tinotumira kumba kwako mahara",
    "Pezani ndalama tsiku lililonse muli kunyumba, lembetsani lero kwaulere",
    "Mahazoa vola isan'andro any an-trano, misoratra anarana maimaimpoana anio",
    "Am xaalis bés bu nekk ci sa kër, bindu leegi",
    "Zwá mbongo mokolo na mokolo na ndako na yo, komisa nkombo na yo sikoyo",
    "Mana keessaa taa'uun guyyaa guyyaan maallaqa argadhaa, amma galmaa'aa",
    "Pangitag kwarta bisan naa ra ka sa balay, pag-apil na karon ug makadawat og bonus",
    "Yuav hnub no thiab tau txo nqi tshwj xeeb, xa dawb txog koj tsev",
    "Fè lajan chak jou san ou pa kite lakay ou, enskri kounye a gratis",
    "Kumpra awe i haña un deskuento spesial, nos ta entregá na bo kas sin kobra",
    "Buannaich airgead air-loidhne gach latha, clàraich an-diugh an-asgaidh",
    "Crompatz uèi e aprofechatz d'una remesa especiala, liurason a gratis",
    "Còmpora oe e otene unu iscontu mannu, sa cunsigna est de badas",
    "Cumprai oz ed obtegnai ina reducziun speziala, la furniziun è gratuita",
    "Merca güei y consigui un descuentu especial, unviu de baldre a la to casa",
    "Öýden çykman her gün pul gazanyň, häzir mugt hasaba duruň",
    "Өйҙән сыҡмай көн һайын аҡса эшләгеҙ, бөгөн үк теркәлегеҙ",
    "আজিয়েই কিনক আৰু বিশেষ ৰেহাই লাভ কৰক",
    "ᱚᱲᱟᱜ ᱨᱮ ᱫᱚᱦᱚ ᱠᱟᱛᱮ ᱴᱟᱠᱟ ᱧᱟᱢ ᱢᱮ, ᱛᱮᱦᱮᱧ ᱜᱮ ᱧᱩᱛᱩᱢ ᱚᱞ ᱢᱮ",
    "ߥߊߙߌ ߛߐߙߐ ߌ ߞߊ ߛߏ ߞߐߣߐ ߘߏߣ ߏ ߘߏߣ߸ ߌ ߕߐߜߐ ߛߍߓߍߣ ߛߌߛߊߣ",
    "𞤅𞤮𞤮𞤣𞤵 𞤸𞤢𞤲𞤲𞤣𞤫، 𞤸𞤫𞤩𞤵 𞤷𞤮𞤺𞤺𞤵 𞤵𞤧𞤼𞤢𞤢𞤯𞤵𞤥",
)
# bcrypt's own base 64 alphabet.
_BCRYPT = "./" + string.ascii_uppercase + string.ascii_lowercase + string.digits


_VOCABULARY_I = (
    _BRANDS_I,
    _GOODS_I,
    _PLACES_I,
    _TRIPS_I,
    _SITES_I,
    _CURRENCIES_I,
    _MONTHS_I,
    _WEEKDAYS_I,
    _TOPICS_I,
)


def _line_i(rng: random.Random, category: str) -> str:
    brand, other, goods, place, trip, site, cur, month, weekday, topic, slug, handle = _draws(
        rng, _VOCABULARY_I
    )
    year = rng.randint(2024, 2027)
    day = rng.randint(1, 28)
    month_no = rng.randint(1, 12)
    date = f"{year}-{month_no:02d}-{day:02d}"
    landline = f"01{rng.randint(200, 999)} {rng.randint(100000, 999999)}"
    if category == "ad":
        high = rng.randint(45, 1500)
        low = high - rng.randint(5, high // 3)
        pct = round(100 * (high - low) / high)
        service = rng.choice(_SERVICES_I)
        sport = rng.choice(_SPORTS_I)
        trip_title = trip[0].upper() + trip[1:]
        return rng.choice(
            [
                f"Compare cover for your cat or dog from {rng.randint(20, 45)} insurers: cats "
                f"from {cur}{rng.randint(4, 9)}.{rng.randint(10, 99)} a month, dogs from {cur}"
                f"{rng.randint(9, 19)} — {brand} Compare",
                f"{brand} Pet Health: lifetime cover for dogs and cats, vet fees up to {cur}"
                f"{rng.randint(3, 15)},000 a year, {rng.randint(90, 99)}% of claims settled in "
                f"{rng.randint(3, 9)} days",
                f"Rooftop solar with a home battery, fitted from {cur}{rng.randint(4, 11)},"
                f"{rng.randint(1, 9)}95. {brand} Energy surveys {place} roofs at no cost",
                f"{brand} Alarms: a monitored home alarm with keyholder and police response, "
                f"{cur}{rng.randint(19, 45)}.99 a month, installed by our {place} engineers",
                f"Fresh ingredients, pre-portioned: {rng.randint(30, 60)} recipes to pick from "
                f"each week with {brand} Kitchen, from {cur}{rng.randint(2, 4)}."
                f"{rng.randint(10, 99)} a serving",
                f"Sell your pre-loved designer pieces with {brand} Resale: we collect, "
                f"photograph and list them, and you keep up to {rng.randint(70, 85)}%",
                f"Insurance, servicing and tax in one monthly payment: drive a new {other} from "
                f"{cur}{rng.randint(299, 649)} a month with {brand} Subscribe. Hand it back "
                f"after {rng.choice((1, 3, 6))} months.",
                f"{brand} Vault keeps your private keys offline, away from the internet. {cur}"
                f"{rng.randint(59, 179)}, dispatched from {place}",
                f"{brand} Gym {place}: no joining fee in {month}, {rng.randint(60, 140)} classes "
                "a week, open 24/7",
                f"New patients welcome at {brand} Dental, {place}: check-up and hygiene visit "
                f"{cur}{rng.randint(49, 99)}, Saturday appointments",
                f"{brand} Park, {place}: one- and two-bedroom retirement apartments for over-60s "
                f"with restaurant, gym and 24-hour staff. Show apartment open {weekday}s.",
                f"{trip_title}: {rng.randint(7, 16)} nights aboard the {brand} Aurora from {cur}"
                f"{rng.randint(899, 3499):,}pp, drinks package and gratuities included",
                f"{brand} Hospice Summer Raffle — tickets {cur}1, first prize {cur}"
                f"{rng.randint(2, 25)},000. Every ticket funds local nursing care.",
                f"{brand} & Sons Funeral Directors, {place}. A family firm for "
                f"{rng.choice(('three', 'four', 'five'))} generations. Day or night: {landline}",
                f"Every {sport} match, live and on demand. {brand} Sport, {cur}"
                f"{rng.randint(4, 12)}.99 a month, no contract",
                f"Open Day at {brand} University, {weekday} {day} {month}: meet lecturers, tour "
                "the halls, talk to students",
                f"Warehouse operatives · {place} · {cur}{rng.randint(11, 15)}."
                f"{rng.randint(10, 90)}–{cur}{rng.randint(16, 19)}.{rng.randint(10, 90)}/hr · "
                f"days, nights or weekends · temp to perm · {brand} Recruitment",
                f"Webinar, {weekday} {day} {month} at 2pm GMT: how mid-size finance teams close "
                f"the books in {rng.randint(3, 5)} days — hosted by {brand}",
                f"{slug}.example › van-insurance — Van Insurance Quotes in Minutes | {brand}. "
                "Courier, trade and private use covered.",
                f"EV charger installed from {cur}{rng.randint(699, 1099):,} | {brand} Energy · "
                "Prices · Grants · Reviews",
                f"{brand} {goods} {cur}{low} {cur}{high} −{pct}% ★4.{rng.randint(1, 9)} "
                f"({rng.randint(40, 9000):,})",
                f"Ends in {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                f"{rng.randint(0, 59):02d} — {brand} {goods} at {cur}{low}",
                f"Find out where your family came from. {brand} DNA test, results in "
                f"{rng.randint(4, 8)} weeks, {cur}{rng.randint(49, 99)}",
                f"Over-50s life cover from {cur}{rng.randint(4, 9)} a month. Acceptance "
                f"guaranteed, no medical questions. {brand} Life.",
                f"Same-day flowers anywhere in {place} when you order by 2pm. Bouquets from {cur}"
                f"{rng.randint(25, 45)} at {brand} Florist.",
                f"{brand} College, {place}: co-educational day and boarding, ages 11 to 18. Open "
                f"morning {weekday} {day} {month}.",
                f"What's your car worth? {brand} names a price in {rng.randint(30, 60)} seconds, "
                f"collects from {place} driveways and pays by bank transfer",
                f"Live-in care that lets mum stay in the home she loves. {brand} Care, {place} — "
                "rated Good by inspectors",
                f"Two {brand} tyres fitted on your driveway in {place} from {cur}"
                f"{rng.randint(110, 240)}, mobile fitting seven days a week",
                f"{brand}. Made in {place}, worn everywhere.",
                f"Some journeys are worth taking slowly. {brand} River Cruises.",
                f"Good bread takes {rng.randint(18, 48)} hours. {brand} sourdough, baked "
                f"overnight in {place}.",
                f"Garden offices from {cur}{rng.randint(9, 24)},{rng.randint(1, 9)}00, no "
                f"planning permission needed, fitted in {rng.randint(3, 10)} days — {brand} "
                "Garden Rooms",
                f"{brand} Code Camp: {rng.randint(3, 5)} days of robotics and game design for "
                f"ages 8–14 in {place}, {month} half term",
                f"Moving house? Fixed-fee conveyancing from {cur}{rng.randint(499, 999)} + VAT, "
                f"no completion, no fee — {brand} Legal",
                f"{brand} {service.title()}s · {place} · family business since "
                f"{rng.randint(1968, 1999)} · {landline}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Content supplied by {brand}",
                f"Copy supplied by the advertiser, {brand}, and not written by {site} journalists.",
                f"Native advertising · {brand}",
                f"Branded content | {brand}",
                f"Commercial partner: {brand}",
                f"{site} receives compensation from {brand} for the placement of this story.",
                f"Links on this page may be turned into affiliate links by {brand}, a third-party "
                f"service; {site} may be paid when you buy.",
                f"Our {topic} coverage of this event was sponsored by {brand}, which provided "
                "tickets and accommodation.",
                f"{site} was paid by {brand} to publish this review. Opinions are the reviewer's "
                "own.",
                f"The {site} {topic} podcast is made with support from {brand}",
                f"Sponsor's note: {brand} had no editorial input into this article.",
                f"Financial support for this {topic} series was provided by the {brand} "
                "Charitable Trust.",
                f"Reporting for this project was made possible by a fellowship from the {brand} "
                "Institute.",
                f"Samples provided by {brand}",
                f"Prize supplied by {brand}",
                f"{brand} paid to be included in this list; the order was decided by {site}.",
                f"ⓘ Commerce links: {site} may get a percentage if you buy.",
                f"[Sponsor] {brand}",
                f"Partner-led content · {brand}",
                f"{topic.capitalize()} Week at {site} is backed by {brand}",
                f"Promotion · {brand} · T&Cs apply",
                f"This page includes links from our commerce partner {brand}; purchases through "
                f"them support {site}.",
                f"Lead partner {brand} · Hospitality partner {other}",
                f"Publireportage réalisé pour {brand}",
                f"Informazione pubblicitaria a cura di {brand}",
                f"Dit artikel kwam tot stand in samenwerking met {brand}",
                f"Conteúdo de marca: {brand}",
                f"Materiał partnera: {brand}",
                f"Komerční sdělení – {brand}",
                f"Articol susținut de {brand}",
                f"{brand} iş birliğiyle hazırlanmıştır",
                f"Užsakomasis turinys – {brand}",
                f"【PR】{brand}",
                f"提供：{brand}",
                f"Le taic bho {brand}",
            ]
        )
    if category == "injected_spam":
        club, rival = rng.sample(_CLUBS_I, 2)
        intl = (
            f"+{rng.choice((27, 233, 237, 254, 263))} {rng.randint(60, 79)} "
            f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        return rng.choice(
            [
                *_FOREIGN_I,
                f"Printer offline? Call our certified support technicians 24/7 on 1-8"
                f"{rng.randint(33, 88)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}, we "
                "fix it remotely in minutes",
                f"WARNING: your phone is infected with ({rng.randint(2, 7)}) viruses! Remove them "
                "now or your photos will be deleted",
                f"Earn {cur}{rng.randint(150, 600)} a day liking videos on your phone — message "
                "our HR manager on Telegram for your first task",
                f"Payment agent wanted: receive customer transfers into your personal account and "
                f"keep {rng.randint(5, 15)}% commission, no experience needed",
                f"Teacup {rng.choice(_BREEDS_I)} puppies for adoption, vet checked, flown to "
                f"{place} with a travel crate, text {intl}",
                "Buy undetectable counterfeit banknotes, grade AA, passes the pen and UV light "
                "test, discreet delivery",
                f"Reverse type 2 diabetes in {rng.randint(7, 30)} days with one kitchen spice — "
                "watch the video before it is taken down",
                "Be your own boss!! Looking for 3 driven mums to join my team and earn from your "
                "phone, DM me 'INFO' 💕",
                f"{club} vs {rival} live stream free HD no sign up watch online {year} reddit",
                f"Watch {rng.choice(_FILMS_I)} ({year}) full movie online free HD 1080p, download "
                "mp4 torrent",
                f"Sugar daddy seeking sugar baby, {cur}{rng.randint(3, 9)}00 weekly allowance, no "
                "meeting needed, DM me on Telegram",
                "Psilocybin microdose capsules and magic mushroom chocolate bars, shipped "
                "discreetly worldwide",
                "{Hi|Hello|Hey there}! {I just|I} {wanted|would like} to say your {post|article} "
                "is {great|awesome|really helpful}, {thanks|cheers}!",
            ]
        )
    if category == "junk_token":
        words = rng.sample(_SLUG_WORDS_I, 3)
        ms = rng.randint(1_700_000_000_000, 1_800_000_000_000)
        secs = ms // 1000
        pop = rng.choice(("FRA", "AMS", "IAD"))
        return rng.choice(
            [
                f"$2b$12${_from(rng, _BCRYPT, 53)}",
                f"__VIEWSTATE=/wEPDwUKLTk{_blob(rng, 40)}&__EVENTVALIDATION=/wEdAA{_blob(rng, 30)}",
                f"XSRF-TOKEN=eyJpdiI6I{_token(rng, 30)}%3D%3D; laravel_session=eyJpdiI6I"
                f"{_token(rng, 30)}%3D%3D",
                f"_shopify_y={_uuid4(rng)}; _shopify_s={_uuid4(rng)}",
                f"ab.storage.deviceId.{_uuid4(rng)}=%7B%22g%22%3A%22{_uuid4(rng)}%22%2C%22c%22"
                f"%3A{ms}%7D",
                f"intercom-id-{_from(rng, _ALNUM_LOWER, 8)}={_uuid4(rng)}",
                f"_uetsid={_hex(rng, 32)}; _uetvid={_hex(rng, 32)}",
                f"wbraid=Cj{_nanoid(rng, 38)}&dclid=C{_nanoid(rng, 30)}",
                f"https://youtu.be/{_nanoid(rng, 11)}?si={_nanoid(rng, 16)}",
                f"ChIJ{_nanoid(rng, 23)}",
                f"https://drive.google.com/file/d/1{_nanoid(rng, 32)}/view?usp=sharing",
                f"https://us0{rng.randint(2, 6)}web.zoom.us/j/{rng.randint(8 * 10**9, 9 * 10**9)}"
                f"?pwd={_from(rng, _BASE62, 32)}",
                f"component---src-templates-article-js-{_hex(rng, 20)}.js",
                f"/_astro/{rng.choice(('Layout', 'Article', 'Base'))}."
                f"{_from(rng, _BASE62 + '-_', 8)}.css",
                f"w-[calc(100%-{rng.randint(1, 4)}rem)] md:grid-cols-[1fr_"
                f"{rng.choice((280, 300, 320))}px] [&>p]:mb-{rng.randint(2, 6)} "
                f"lg:max-w-[{rng.randint(60, 72)}ch]",
                f"MuiTypography-root MuiTypography-body{rng.randint(1, 2)} "
                f"css-{_from(rng, _ALNUM_LOWER, 6)}",
                f"div-gpt-ad-{ms}-{rng.randint(0, 5)}",
                f"amznbid={_from(rng, _ALNUM_LOWER, 6)}&amzniid={_nanoid(rng, 24)}"
                f"&amznsz=300x250&amznp={_from(rng, _ALNUM_LOWER, 4)}",
                f"gs://{slug}-prod-assets/{year}/{month_no:02d}/{_hex(rng, 16)}.jpg",
                f"xn--{_from(rng, _ALNUM_LOWER, 9)}-{_from(rng, _ALNUM_LOWER, 4)}.xn--p1ai",
                rf"\x3cdiv class\x3d\x22{words[0]}-{_short_hex(rng, 5)}\x22\x3e\x3c/div\x3e",
                f"https%253A%252F%252F{handle}.example%252F{year}%252F{words[0]}-{words[1]}",
                f"?sfmc_id={rng.randint(10**7, 10**8)}&l={rng.randint(1000, 9999)}_HTML"
                f"&u={rng.randint(10**8, 10**9)}&mid={rng.randint(10**7, 10**8)}"
                f"&jb={rng.randint(1, 9)}",
                f"_cb=D{_nanoid(rng, 17)}; _chartbeat2=.{ms}.{ms + rng.randint(10**6, 10**9)}."
                f"{rng.randint(1, 9)}.{_nanoid(rng, 22)}.1",
                f"__utma={rng.randint(10**7, 10**9)}.{rng.randint(10**8, 10**10)}.{secs}."
                f"{secs + rng.randint(10**4, 10**6)}.{secs + 10**6}.{rng.randint(2, 40)}",
                f"OptanonConsent=isGpcEnabled=0&datestamp={rng.choice(('Tue', 'Wed', 'Sun'))}"
                f"+{month[:3]}+{day:02d}+{year}&version=202{rng.randint(3, 5)}."
                f"{rng.randint(1, 12)}.0&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0",
                f"ak_bmsc={_hex(rng, 32).upper()}~{rng.randint(10**11, 10**12)}~YAAQ"
                f"{_nanoid(rng, 40)}",
                f"{rng.choice(('GOPR', '_MG_', 'P10'))}{rng.randint(1000, 9999)}.JPG",
                f"telegram-cloud-photo-size-{rng.randint(2, 4)}-"
                f"{rng.randint(5 * 10**18, 6 * 10**18)}-y.jpg",
                f"X-Served-By: cache-lhr{rng.randint(7000, 7999)}-LHR, cache-{pop.lower()}"
                f"{rng.randint(1000, 9999)}-{pop}",
                f"magnet:?xt=urn:btih:{_hex(rng, 40)}&dn={words[0]}.{year}.1080p",
                f"0x{_hex(rng, 40)}",
                f"03AFcWeA{_nanoid(rng, 80)}",
                f"?p={rng.randint(10**4, 10**6)}&preview=true&preview_nonce="
                f"{_short_hex(rng, 10)}&_thumbnail_id={rng.randint(10**4, 10**6)}",
                f"https://secure.gravatar.com/avatar/{_hex(rng, 32)}?s=96&d=mm&r=g",
                f"https://scontent-{rng.choice(('lhr', 'cdg', 'ams'))}{rng.randint(6, 8)}-1."
                f"cdninstagram.com/v/t51.29350-15/{rng.randint(10**8, 10**9)}_"
                f"{rng.randint(10**14, 10**15)}_{rng.randint(10**18, 10**19)}_n.jpg?_nc_cat="
                f"10{rng.randint(1, 9)}&ccb=1-7",
            ]
        )
    if category == "markup_residue":
        words = rng.sample(_SLUG_WORDS_I, 2)
        width = rng.choice((480, 640, 720, 960))
        return rng.choice(
            [
                f'{{% image "./src/img/{words[0]}.jpg", "", "(min-width: 30em) 50vw, 100vw" %}}',
                f"{{: .pull-quote #q{rng.randint(1, 9)}}}",
                f'<Image src={{hero}} alt="" widths={{[{width}, {2 * width}]}} client:visible />',
                '<div x-data="{ open: false }" x-show="open" @click.outside="open = false">',
                '<div hx-get="/fragments/most-read" hx-trigger="revealed" hx-swap="outerHTML">'
                "</div>",
                "<!-- ko if: showComments --><!-- /ko -->",
                '<li ng-repeat="item in vm.related" ng-bind-html="item.headline"></li>',
                "<<TableOfContents(2)>>",
                f'<ref name="{handle}{rng.randint(1, 99)}" />',
                f'.TH {topic.upper()} 7 "{date}" "{site}"',
                '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo>'
                f"<mn>{rng.randint(2, 9)}</mn></math>",
                '<svg aria-hidden="true" viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 '
                '12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z"/></svg>',
                f'<iframe src="https://player.vimeo.com/video/{rng.randint(10**8, 10**9)}?h='
                f'{_short_hex(rng, 10)}&badge=0" allow="autoplay; fullscreen; '
                'picture-in-picture"></iframe>',
                f'<div class="infogram-embed" data-id="{_uuid4(rng)}" data-type="interactive">'
                "</div>",
                f'<blockquote class="reddit-embed-bq" data-embed-height="{rng.randint(300, 700)}">'
                f'<a href="https://www.reddit.com/r/{place.lower()}/comments/'
                f'{_from(rng, _ALNUM_LOWER, 6)}/">',
                f'<div data-tf-live="{_from(rng, _BASE62, 26)}"></div>',
                '<umbraco:Item field="bodyText" runat="server" />',
                "{% CurrentDocument.DocumentName |(identity)GlobalAdministrator%}",
                f'{{"__component":"shared.rich-text","id":{rng.randint(10, 999)},"body":""}}',
                "<!--more-->",
                '<$mt:EntryTitle encode_html="1"$>',
                '<h1 tal:content="context/title">Title</h1>',
                "<& /ads/slot.mas, position => 'inline' &>",
                "[% INCLUDE 'footer.tt' %]",
                '<TMPL_VAR NAME="HEADLINE" ESCAPE="HTML">',
                '@font-face{font-family:"Serif Display";src:url(/fonts/serif-display.woff2) '
                'format("woff2");font-display:swap}',
                f'self.__next_f.push([1,"{rng.randint(1, 40)}:I[{rng.randint(1000, 99999)},'
                f'[\\"static/chunks/{rng.randint(100, 999)}-{_hex(rng, 16)}.js\\"]]\\n"])',
                'window.__NUXT__=(function(a,b,c){return {layout:"default",data:[{}]}}'
                '(null,false,""));',
                f'<picture><source srcset="/images/{words[0]}.avif" type="image/avif">',
                f'<meta property="og:image" content="https://{handle}.example/og/'
                f'{_hex(rng, 12)}.png">',
                "*|MC:SUBJECT|* · *|MC_PREVIEW_TEXT|*",
                '{"role":"body","text":"","format":"html","layout":"bodyLayout"}',
                '<figure class="op-ad"><iframe width="300" height="250" style="border:0; '
                'margin:0;"></iframe></figure>',
                f'<b style="font-weight:normal;" id="docs-internal-guid-{_uuid4(rng)}">',
                f'[wpforms id="{rng.randint(10, 9999)}" title="false"]',
                f'[adinserter block="{rng.randint(1, 9)}"]',
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Follow {site} in Apple News to see our stories in your Today feed",
                f"Read the longer version on our {topic} writer's Substack",
                f"Join the {site} channel on Viber for the morning headlines",
                f"Watch {site} on your smart TV: search for us in the Roku channel store",
                f"Listen to {site} bulletins in the car with Android Auto and CarPlay",
                f"Headlines on your wrist: install {site} on your smartwatch",
                f"Read {site} on your Kindle — a new edition arrives every morning at 6am",
                f"Get the paper delivered: home delivery from your local newsagent from {cur}"
                f"{rng.randint(3, 7)}.{rng.randint(10, 95)} a week",
                "Light a candle or leave a message in the online guestbook",
                f"Selling a bike or a sofa? Place an ad in {site} Classifieds in "
                f"{rng.randint(2, 5)} minutes",
                f"Give to the {site} Winter Appeal: this year we are raising money for {place}'s "
                "food banks",
                f"Volunteer at our {place} beach clean this {weekday} — gloves and bags provided",
                f"Write to your MP: use our template letter to back the {site} campaign for "
                "safer crossings",
                "Set up a passkey for faster, safer sign-in",
                f"Install the {site} extension for Chrome and see headlines in every new tab",
                f"Add the {site} widget to your lock screen",
                f"Search {rng.randint(120, 180)} years of the {site} archive — start a "
                f"{rng.choice((7, 14))}-day trial of {site} Archive",
                f"Order the {site} {year} Cookbook from our bookshop",
                f"Get {site} for your whole team: group subscriptions for five readers or more",
                "Get the top five stories by text message each morning — reply STOP at any time",
                "Refer a friend: when they subscribe, your next month costs nothing",
                f"Collect {rng.randint(4, 8)} tokens from this week's paper and swap them for a "
                f"{cur}{rng.choice((5, 10))} voucher at {place} Garden Centre",
                f"Follow the topic “{topic}” to build your own feed",
                f"Join the waiting list for the {site} Saturday magazine",
                "Update the app to the latest version to keep reading offline",
                f"Subscribe to the {topic} section's RSS feed",
                f"Download the {site} {topic} supplement (PDF, {rng.randint(2, 9)} MB)",
                f"Register to vote by {day} {month}: it takes five minutes on the government "
                "website",
                f"Watch again on {site} TV: the full {topic} documentary is available for 30 days",
                "Leer este artículo en español · Read this article in English",
                "…and if you found this useful, add us to your RSS reader before you go.",
                "Clàraich airson ar cuairt-litir sheachdaineil",
                "Abonatz-vos a nòstra letra d'informacion setmanièra",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "j": written on 2026-11-24 blind to the detector, like e to i (see the
# module docstring); its misses were read once style k was written, so it is a
# development set now.  Brands, goods, places, trips, publications, shows,
# acts, languages and scripts appear in no other style, and no template
# sentence of another style is reused.
_BRANDS_J = (
    "Colbrith",
    "Tavistrel",
    "Ferrowdene",
    "Pollenby & Crane",
    "Skellidge",
    "Ambrevale",
    "Droskin",
    "Harrowgild",
    "Lissendra",
    "Yarrowmede",
)
_GOODS_J = (
    "rollators",
    "combi boilers",
    "oak flooring",
    "pushchairs",
    "waterproof jackets",
    "dive watches",
    "hybrid mattresses",
    "chalk paints",
    "vitamin C serums",
    "diamond solitaires",
)
_PLACES_J = (
    "Utah",
    "Shropshire",
    "New Brunswick",
    "Derry",
    "Ballarat",
    "Stirling",
    "Wyoming",
    "Cumbria",
    "Geelong",
    "Harrogate",
)
_TRIPS_J = (
    "Lake Garda",
    "the Isles of Scilly",
    "Menorca",
    "the Danube",
    "Marrakech",
    "Lake Bled",
)
_SITES_J = ("Penhallow Record", "Stoneleigh Reporter", "Marchmont Tribune", "Ravensby Journal")
_TOPICS_J = ("tennis", "golf", "crime", "arts", "poetry", "consumer affairs", "local democracy")
_SHOWS_J = (
    "The Lantern Keeper",
    "A Marriage of Crows",
    "Halfway to Harwick",
    "The Tinsmith's Daughter",
)
_ACTS_J = ("Saltmarsh Choir", "The Velvet Quarry", "Lowlight Parade", "Nell Ashcombe & the Tides")
_COLOURS_J = ("Harbour Fog", "Pigeon Wing", "Old Rope", "Samphire", "Kiln Dust")
_NAMES_J = ("Jessica", "Amanda", "Linda", "Helen", "Sophie", "Grace", "Karen")
_USERS_J = ("jsmith", "rpatel", "kowens", "mlewis", "dthorne")
_SLUG_WORDS_J = ("viaduct", "lifeboat", "bandstand", "ringroad", "almshouse", "ferryman", "pylon")
_CURRENCIES_J = ("£", "$", "€")
_MONTHS_J = ("February", "June", "August", "October", "December")
_WEEKDAYS_J = ("Monday", "Thursday", "Friday", "Saturday")
# Languages no other style uses: Tok Pisin, Bislama, Fijian, Tahitian,
# Kalaallisut, Northern Sami, Low German, Alemannic, Venetian, Sicilian, Ladino,
# Manx, Cornish, Upper Sorbian, Luganda, Twi, Ewe, Chuvash, Sakha, Udmurt and
# Bhojpuri, and Cherokee in the Cherokee syllabary, Assyrian Neo-Aramaic in
# Syriac and Meitei in Meetei Mayek (three scripts no other style uses).
_FOREIGN_J = (
    "Kisim moni long haus olgeta de, raitim nem bilong yu nau tasol",
    "Putum bet blong yu long futbol tede mo winim dabol mane, rejista naoia",
    "Rawata na dinau vakatotolo, sega ni vinakati na ivakadei, na ilavo ena nomu akaude nikua",
    "Noa'a te moni i te fare i te mau mahana ato'a, a tapa'o i to 'oe i'oa i teie mahana",
    "Ullut tamaasa angerlarsimaffimmit aningaasanik pissarsigit, ullumi nalunaarsorit",
    "Loana ruđa dáhkádusa haga, ruđat du kontos logi minuhtas",
    "Vundaag bestellen un bet to 40 Perzent spoorn, blots bit Sünndag",
    "Abnää ohni Diät: zää Kilo im Monet mit nume einere Kapsle am Tag",
    "Zoga al casinò online e ciapa 100 euro de bonus sensa deposito",
    "Accatta oggi e sparagni finu ô cinquanta pi centu, spidizzioni gratis",
    "Konose mujeres solas de tu sivdad, enskrivete oy sin pagar",
    "Cosn argid veih'n thie gagh laa, screeu dty ennym jiu",
    "Prenewgh hedhyw ha sawyewgh hanter an pris, danvon heb kost",
    "Spěšne kredity bjez kontrole, pjenjezy na wašim konće hišće dźensa",
    "Funa ssente buli lunaku ng'oli waka, weewandiise leero ku bwereere",
    "Bɔ bɔɔl ho to na nya sika ntɛm, kyerɛw wo din nnɛ",
    "Kpɔ ga gbesiagbe le aƒeme, ŋlɔ wò ŋkɔ egbea",
    "Килтен тухмасăрах кашни кун укçа ĕçлесе илĕр, паянах çырăнăр",
    "Дьиэттэн тахсыбакка күн аайы харчы өлөрүҥ, бүгүн суруйтарыҥ",
    "Кредит поручительтэк, коньдон картаяд дас минут куспын",
    "घरे बइठल रोज हजारन रुपया कमाईं, आजे नाम लिखवाईं",
    "ᎠᏕᎳ ᎤᏣᏘ ᎪᎯ ᎢᎦ — ᏕᏣᏙᎥ ᏫᏣᏬᏪᎳ",
    "ܥܒܘܕ ܙܘܙܐ ܡܢ ܒܝܬܐ ܟܠ ܝܘܡܐ، ܟܬܘܒ ܫܡܘܟ ܐܕܝܘܡ",
    "ꯌꯨꯝꯗꯒꯤ ꯅꯨꯃꯤꯠ ꯈꯨꯗꯤꯡꯒꯤ ꯁꯦꯜ ꯐꯪꯕꯤꯌꯨ, ꯉꯁꯤ ꯃꯤꯡ ꯆꯟꯕꯤꯌꯨ",
)


_VOCABULARY_J = (
    _BRANDS_J,
    _GOODS_J,
    _PLACES_J,
    _TRIPS_J,
    _SITES_J,
    _CURRENCIES_J,
    _MONTHS_J,
    _WEEKDAYS_J,
    _TOPICS_J,
)


def _line_j(rng: random.Random, category: str) -> str:
    brand, other, goods, place, trip, site, cur, month, weekday, topic, slug, handle = _draws(
        rng, _VOCABULARY_J
    )
    year = rng.randint(2024, 2027)
    day = rng.randint(1, 28)
    month_no = rng.randint(1, 12)
    date = f"{year}-{month_no:02d}-{day:02d}"
    phone = f"03{rng.randint(30, 45)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if category == "ad":
        high = rng.randint(24, 58)
        low = high - rng.randint(2, 6)
        return rng.choice(
            [
                "Lightweight folding rollator with seat, basket and loop brakes, "
                f"{cur}{rng.randint(69, 189)} — VAT relief for eligible buyers · {brand} Mobility",
                f"{brand} Hearing, {place}: a 30-minute hearing test at no charge, and "
                f"rechargeable in-canal devices from {cur}{rng.randint(495, 1795):,} a pair",
                f"A-rated combi boiler supplied and fitted from {cur}{rng.randint(1795, 2995):,}, "
                f"{rng.randint(7, 12)}-year warranty, spread the cost over "
                f"{rng.choice((24, 36, 60))} months — {brand} Heating",
                f"Loft insulation topped up to 270mm in a single morning. {brand} Insulation "
                f"covers {place} and the surrounding postcodes.",
                f"Kitchens designed, supplied and fitted in {rng.randint(4, 8)} weeks · showroom "
                f"on {place} Retail Park · {brand} Kitchens",
                f"Skip hire {place}: 4-yard mini skip {cur}{rng.randint(160, 220)}, 8-yard "
                f"builder's skip {cur}{rng.randint(260, 340)}, permits arranged — {brand} Skips",
                f"{brand} Removals & Storage — packing, crating and piano moves from {place} to "
                f"anywhere in Europe, {rng.randint(20, 60)} years on the road",
                f"Wasps, mice, bed bugs? {brand} Pest Solutions visits {place} homes the same "
                f"day, {cur}{rng.randint(60, 140)} per treatment",
                f"Homework stuck? The {brand} app puts your child in a chat with a maths tutor "
                f"in under a minute — {rng.randint(8, 20)} sessions a month for {cur}"
                f"{rng.randint(9, 29)}.99",
                f"DELE and DELF exam preparation: {rng.randint(4, 10)}-week intensive courses in "
                f"{place}, next exam session {day} {month} · {brand} Language Centre",
                f"{brand} Bridal, {place}: designer sample gowns from {cur}{rng.randint(250, 900)}"
                f", {weekday} {day} {month}, by appointment",
                f"{brand} Fields {year} · {rng.randint(3, 4)} days · {rng.randint(5, 12)} stages "
                f"· weekend camping {cur}{rng.randint(149, 289)} · payment plans available",
                f"Meet the red panda cubs at {brand} Zoo, {place}. Under-3s go in at no cost; "
                f"annual passes from {cur}{rng.randint(49, 99)}.",
                f"“Unmissable” ★★★★★ — {rng.choice(_SHOWS_J)} at the {brand} Theatre, now "
                f"booking to {month} {year + 1}",
                f"{rng.choice(_ACTS_J)} · {place} Arena · {weekday} {day} {month} · resale seats "
                f"from {cur}{rng.randint(38, 160)} on {brand} Tix",
                f"Cycle to work scheme: save up to {rng.choice((32, 39, 42))}% on a new bike and "
                f"accessories at {brand} Cycles, {place}",
                f"{brand} Ridgeline 3-layer waterproof jacket, {rng.randint(280, 420)}g, fully "
                f"taped seams — {cur}{rng.randint(159, 329)}",
                f"{brand} grain-free food for senior cats, 7.5kg {cur}{high}.99, or {cur}"
                f"{low}.49 on repeat delivery",
                f"The {brand} travel system: pushchair, carrycot and i-Size car seat from birth, "
                f"{cur}{rng.randint(549, 1199):,}, in four colours",
                f"{brand} vitamin C serum · 30ml · {cur}{rng.randint(18, 48)} · "
                "dermatologist-tested · vegan",
                f"{brand} Eau de Parfum — fig leaf, cedar and sea salt. 50ml {cur}"
                f"{rng.randint(65, 140)}, engraving on request.",
                f"Lab-grown diamond solitaire, 1 carat, 18ct yellow gold — {cur}"
                f"{rng.randint(1200, 3900):,} at {brand} Jewellers, {place}",
                f"{brand} automatic dive watch · 300m · sapphire crystal · {cur}"
                f"{rng.randint(390, 1450):,} · five-year warranty",
                f"Sleep on it for {rng.choice((100, 200, 365))} nights: the {brand} hybrid "
                f"mattress, double {cur}{rng.randint(399, 799)}, king {cur}"
                f"{rng.randint(849, 1199):,}",
                f"Made-to-order three-seaters from {cur}{rng.randint(899, 1899):,} in "
                f"{rng.randint(80, 160)} fabrics, delivered in {rng.randint(4, 10)} weeks — "
                f"{brand} Sofas",
                f"Engineered oak flooring {cur}{rng.randint(32, 69)}/m², fitted across {place} by "
                f"{brand} Floors — samples posted within 48 hours",
                f"{rng.choice(_COLOURS_J)} and {rng.randint(90, 180)} other colours from {brand} "
                f"Paint, 2.5L {cur}{rng.randint(38, 62)}, peel-and-stick swatches by post",
                f"{brand} Garden Centre, {place}: bedding plants 6 for {cur}{rng.randint(5, 9)}, "
                f"compost 3 bags for {cur}{rng.randint(10, 15)}, café open till 5",
                f"This week at {brand}: strawberries 400g {cur}{rng.randint(1, 2)}."
                f"{rng.choice(('25', '50', '75'))}, chicken thighs {cur}{rng.randint(3, 5)}."
                f"{rng.randint(10, 99)}/kg, a third off laundry pods",
                f"Know where every van is. {brand} Telematics from {cur}{rng.randint(8, 19)} per "
                "vehicle per month.",
                f"{brand} Books: invoices, receipts and Making Tax Digital returns for sole "
                f"traders, {cur}{rng.randint(6, 24)}/month",
                f"Separating? A fixed-fee first meeting with a family solicitor, {cur}"
                f"{rng.randint(95, 250)} — {brand} Family Law, {place}",
                f"Sold in {rng.randint(9, 35)} days in {place}. Thinking of moving? {brand} "
                f"Residential charge {rng.choice(('0.9', '1', '1.2'))}% including VAT.",
                f"First home? {brand} Mortgages searches {rng.randint(8, 14)},000 deals and "
                "charges no broker fee. Your home may be repossessed if you do not keep up "
                "repayments on your mortgage.",
                f"{brand} Credit Union: loans from {rng.randint(5, 12)}.{rng.randint(1, 9)}% APR "
                f"for anyone living or working in {place}, savings that pay a yearly dividend",
                f"{cur}{rng.randint(3, 8)} a month helps train a guide dog puppy. Give monthly to "
                f"the {brand} Trust, registered charity no. {rng.randint(200000, 1199999)}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Today's crossword is sponsored by {brand}",
                f"The {site} forecast comes to you courtesy of {brand}",
                f"Travel news with {brand}: keeping {place} moving",
                f"Player of the match award sponsored by {brand}",
                f"Buying through the buttons below sends a small percentage to {site}; the price "
                "you pay stays the same.",
                f"Travel and accommodation for this article were provided by the tourist board of "
                f"{trip}.",
                f"Test car supplied by {brand}'s press office, with insurance and a full tank.",
                f"This content was produced by the advertising department of {site} at the "
                f"request of {brand}.",
                f"Supplement produced by {site} Media Solutions on behalf of {brand}",
                f"{brand} is a member of the {site} Corporate Circle, which helps fund our "
                f"{topic} journalism.",
                f"Reader offer in conjunction with {brand}",
                f"Promoter: {brand} Ltd, {place}. Closing date {day} {month}. Open to residents "
                "aged 18 and over.",
                "Event listings in this section are paid for by the venues.",
                f"Press release distributed by {brand} Newswire. {site} is not responsible for "
                "its content.",
                f"{brand} BrandVoice | Paid Program",
                f"Special advertising section: {brand}",
                f"{site} Community Awards {year} — category sponsor {brand}; the judges are "
                "independent of all sponsors.",
                f"Official timekeeper of the {place} Marathon: {brand}",
                f"The {goods} tested here were loaned by {brand} and returned after testing.",
                f"This guide was written with expert input from {brand}, which paid for its "
                "production.",
                f"Some of the retailers listed below pay {site} a fee for every click.",
                f"Cashback rates and voucher codes on this page are supplied by {brand}; {site} "
                "receives a share of the commission.",
                f"The order of this list is influenced by the fees partners pay {site}.",
                f"Funding disclosure: {brand} Philanthropies has given {site} {cur}"
                f"{rng.randint(50, 400)},000 over two years for its {topic} desk.",
                f"In-kind support from {brand}: equipment and studio space",
                f"Broadcast partner {brand} · Streaming partner {other}",
                f"{brand} presents: {site} Summer Sessions",
                f"This newsletter slot was bought by {brand}.",
                f"Top spot paid for by {brand}",
                f"Warven in Tosamenarbeit mit {brand}",
                f"Gsponseret vo {brand}",
                f"Contegnùo sponsorizà da {brand}",
                f"Kontenido patrosinado por {brand}",
                f"Skoodhys gans {brand}",
                f"Wabjenje – {brand}",
                f"Reklámma ovttasbargguin {brand} fitnodagain",
            ]
        )
    if category == "injected_spam":
        ticker = _from(rng, string.ascii_uppercase, rng.randint(3, 4))
        name, caller = rng.sample(_NAMES_J, 2)
        intl = (
            f"+{rng.choice((234, 880, 92, 977))} {rng.randint(300, 999)} "
            f"{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
        )
        return rng.choice(
            [
                *_FOREIGN_J,
                f"{brand} Parcels: your package is held at our depot because of an unpaid fee of "
                f"{cur}1.{rng.randint(10, 99)}. Pay within 24 hours at {slug}-redelivery.example",
                f"You are entitled to a tax rebate of {cur}{rng.randint(180, 980)}."
                f"{rng.randint(10, 99)}. Submit your claim before {day} {month}: "
                f"refund-{rng.randint(1000, 9999)}-gov.example",
                f"Morning-TV presenter reveals how she makes {cur}{rng.randint(8, 30)},000 a "
                "month from home, and the broadcaster is trying to stop this interview",
                f"Unlock your pension at any age: take up to {rng.randint(25, 60)}% of your pot "
                f"in cash this week, call {phone}",
                "Stuck with a timeshare? Our lawyers guarantee your exit in 90 days; the upfront "
                "fee is refunded if we fail",
                "URGENT HIRING: fruit pickers and care workers for Canada with visa sponsorship, "
                f"{cur}{rng.randint(150, 450)} processing fee, WhatsApp {intl}",
                f"${ticker} is about to explode — insiders are loading up before {weekday}'s "
                f"announcement, price target {cur}{rng.randint(3, 12)}.{rng.randint(10, 99)}",
                "Hello dear, I am a surgeon with a peacekeeping mission abroad and I saw your "
                "profile. I am looking for someone honest to talk to, please write me back.",
                f"Hi, is this {name}? It's {caller} from the wine tasting last {weekday} 😊 are "
                "we still on for golf?",
                f"Lovely 2-bed flat in {place}, {cur}{rng.randint(450, 750)} pcm with bills, I am "
                "working abroad so the keys will be posted once you transfer the deposit",
                f"[url=https://{slug}-outlet.example]cheap {goods}[/url] [url=https://{slug}-"
                f"outlet.example/sale]{goods} wholesale from china[/url]",
                f"Aged email accounts and phone-verified social profiles in bulk: "
                f"{rng.randint(100, 1000)} for {cur}{rng.randint(20, 90)}, instant delivery, "
                "replacement guarantee",
            ]
        )
    if category == "junk_token":
        words = rng.sample(_SLUG_WORDS_J, 2)
        ms = rng.randint(1_700_000_000_000, 1_800_000_000_000)
        secs = ms // 1000
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        compact = date.replace("-", "")
        stitch = _from(rng, string.ascii_letters, 5)
        return rng.choice(
            [
                "?ref_src=twsrc%5Etfw%7Ctwcamp%5Etweetembed%7Ctwterm%5E"
                f"{rng.randint(10**18, 2 * 10**18)}%7Ctwgr%5E{_hex(rng, 40)}%7Ctwcon%5Es1_",
                f"twclid={_from(rng, _ALNUM_LOWER, 25)}",
                f"rdt_cid={rng.randint(10**18, 5 * 10**18)}",
                f"cjevent={_hex(rng, 32)}",
                f"ranMID={rng.randint(10000, 99999)}&ranEAID={_from(rng, _BASE62, 11)}"
                f"&ranSiteID={_from(rng, _BASE62, 11)}-{_from(rng, _BASE62, 22)}",
                f"IMG-{compact}-WA{rng.randint(0, 99):04d}.jpg",
                f"signal-{date}-{hh:02d}{mm:02d}{ss:02d}_{rng.randint(1, 9):03d}.jpeg",
                rng.choice(
                    (
                        f"Bildschirmfoto {date} um {hh:02d}.{mm:02d}.{ss:02d}.png",
                        f"Capture d’écran {date} à {hh:02d}.{mm:02d}.{ss:02d}.png",
                    )
                ),
                f"FB_IMG_{ms}.jpg",
                f"photo-{ms}-{_short_hex(rng, 12)}",
                f"AP{year % 100}{rng.randint(1, 365):03d}{rng.randint(10**8, 10**9 - 1)}.jpg",
                f"-N{_from(rng, _BASE62 + '-_', 18)}",
                f"cl{_from(rng, _ALNUM_LOWER, 23)}",
                f"2{_from(rng, _BASE62, 26)}",
                f"=?UTF-8?B?{_blob(rng, 32)}?=",
                f"https://www.facebook.com/tr?id={rng.randint(10**14, 10**16)}&ev=PageView"
                "&noscript=1",
                f"https://bat.bing.com/action/0?ti={rng.randint(10**7, 10**8)}&Ver=2"
                f"&mid={_uuid4(rng)}",
                f"https://{rng.choice(('t.co', 'bit.ly', 'buff.ly', 'lnkd.in', 'ow.ly'))}/"
                f"{_from(rng, _BASE62, rng.randint(7, 10))}",
                f"f{rng.randint(4, 6)} lh-copy measure mt0 mb{rng.randint(2, 4)} near-black "
                "sans-serif",
                f"chakra-stack css-{_from(rng, _ALNUM_LOWER, 6)}",
                f"c-{stitch} c-{stitch}-{_from(rng, string.ascii_letters, 6)}-variant-"
                f"{rng.choice(('lead', 'muted', 'kicker'))} c-{stitch}-"
                f"{_from(rng, string.ascii_letters, 5)}-css",
                f"/assets/application-{_hex(rng, 64)}.css",
                f"/js/app.js?id={_hex(rng, 32)}",
                f"/sites/default/files/css/css_{_nanoid(rng, 43)}.css",
                f"/wp-includes/js/jquery/jquery.min.js?ver=3.{rng.randint(5, 7)}."
                f"{rng.randint(0, 3)}",
                f"X-Cloud-Trace-Context: {_hex(rng, 32)}/{rng.randint(10**18, 10**19)};o=1",
                f"X-Amz-Cf-Id: {_nanoid(rng, 54)}==",
                f"us_privacy=1YN{rng.choice('NY')}&gdpr=0&gpp=DBAA&gpp_sid=-1",
                f"__gads=ID={_hex(rng, 16)}:T={secs}:RT={secs + rng.randint(60, 9999)}:S=ALNI_M"
                f"{_nanoid(rng, 30)}",
                f"_fbp=fb.1.{ms}.{rng.randint(10**8, 10**10)}",
                f"_gcl_au=1.1.{rng.randint(10**8, 10**10)}.{secs}",
                f"intent://article/{rng.randint(10**5, 10**7)}#Intent;scheme={handle};"
                f"package=com.{handle}.android;end",
                f"https://web.archive.org/web/{compact}{hh:02d}{mm:02d}{ss:02d}/https://"
                f"{handle}.example/{words[0]}-{words[1]}",
                f"Message-ID: <CA+{_nanoid(rng, 40)}@mail.gmail.com>",
                f"https://docs.google.com/forms/d/e/1FAIpQLS{_nanoid(rng, 50)}/viewform?usp=pp_url",
                f"C:\\Users\\{rng.choice(_USERS_J)}\\Desktop\\{words[0]}_FINAL_v"
                f"{rng.randint(2, 7)} (2).docx",
            ]
        )
    if category == "markup_residue":
        words = rng.sample(_SLUG_WORDS_J, 2)
        width = rng.choice((600, 800, 1024))
        ms = rng.randint(1_700_000_000_000, 1_800_000_000_000)
        return rng.choice(
            [
                f"featured_image: /uploads/{year}/{month_no:02d}/{words[0]}-{_short_hex(rng, 6)}"
                ".jpg",
                f'{{{{ resize_image(path="images/{words[0]}.jpg", width={width}, '
                f'height={width // 2}, op="fill") }}}}',
                f'{{% asset_img {words[1]}.jpg "Photo: supplied" %}}',
                "<!--truncate-->",
                '!!! note "Editor\'s note"',
                f'--8<-- "snippets/{words[0]}-box.md"',
                f'[[module ListPages category="news" order="created_at desc" '
                f'limit="{rng.randint(3, 9)}"]]',
                f'<<list-links filter:"[tag[{topic.title()}]!sort[modified]limit['
                f'{rng.randint(3, 9)}]]">>',
                "(:include Site.SideBar:)(:nolinkwikiwords:)",
                "__NOTOC__ __NOEDITSECTION__",
                "@node Top, Overview, (dir), (dir)",
                '=for html <p class="standfirst"></p>',
                rng.choice(("> [!NOTE]", "> [!WARNING]", "> [!TIP]")),
                '<para><emphasis role="bold"></emphasis></para>',
                f'<nitf><head><docdata><doc-id id-string="{rng.randint(10**6, 10**8)}"/>'
                "</docdata></head>",
                '{>"partials/related" limit=3/}',
                "{{~it.related :story}}{{=story.headline}}{{~}}",
                "<% loop $Children.Limit(3) %>$Title<% end_loop %>",
                f'<turbo-frame id="comments" src="/articles/{rng.randint(1000, 99999)}/comments" '
                'loading="lazy"></turbo-frame>',
                '<livewire:related-articles :limit="3" />',
                '<.link navigate={~p"/news/#{@story.slug}"}><%= @story.title %></.link>',
                f'{{"_id":"{_from(rng, string.ascii_uppercase + string.digits, 26)}",'
                '"type":"raw_html","content":"<div class=\\"ad-inline\\"></div>"}',
                f'{{"_uid":"{_uuid4(rng)}","component":"rich_text","_editable":'
                f'"<!--#storyblok#{{\\"id\\":{rng.randint(10**6, 10**8)}}}-->"}}',
                '<div class="wsite-multicol"><div class="wsite-multicol-table-wrap" '
                'style="margin:0 -15px;">',
                '<iframe style="border-radius:12px" src="https://open.spotify.com/embed/episode/'
                f'{_from(rng, _BASE62, 22)}?utm_source=generator" width="100%" height="152" '
                'frameBorder="0" allowfullscreen="" loading="lazy"></iframe>',
                '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d'
                f"{rng.randint(1000, 9999)}.{rng.randint(10**6, 10**7)}!2d-"
                f"{rng.randint(1, 3)}.{rng.randint(10**6, 10**7)}!3d{rng.randint(50, 56)}."
                f'{rng.randint(10**6, 10**7)}" width="600" height="450" style="border:0;" '
                'allowfullscreen="" loading="lazy"></iframe>',
                f"<div class='tableauPlaceholder' id='viz{ms}' style='position: relative'>"
                "<noscript><a href='#'>",
                f'jwplayer("botr_{_from(rng, _BASE62, 8)}_{_from(rng, _BASE62, 8)}_div").setup('
                f'{{playlist: "https://cdn.jwplayer.com/v2/media/{_from(rng, _BASE62, 8)}"}});',
                f'<video-js data-account="{rng.randint(10**12, 10**13)}" data-player="default" '
                f'data-embed="default" controls="" data-video-id="{rng.randint(10**12, 10**13)}" '
                'class="vjs-fluid"></video-js>',
                '<blockquote class="text-post-media" data-text-post-permalink='
                f'"https://www.threads.net/@{handle}/post/{_from(rng, _BASE62 + "_-", 11)}" '
                'data-text-post-version="0">',
                '<p data-mce-style="text-align: center;" style="text-align: center;">&nbsp;</p>',
                '<p data-f-id="pbf" style="text-align: center; font-size: 14px; margin-top: '
                '30px; opacity: 0.65; font-family: sans-serif;">Powered by <a href='
                '"https://www.froala.com/wysiwyg-editor?pb=1" title="Froala Editor">Froala '
                "Editor</a></p>",
                '<p class="western" style="margin-bottom: 0.35cm; line-height: 115%">'
                '<font face="Calibri, serif">',
                f'tp = window["tp"] || []; tp.push(["setAid", "{_from(rng, _BASE62, 10)}"]); '
                'tp.push(["setContentIsNative", true]);',
                "var pymChild = new pym.Child({ polling: 500 });",
                '%%=v(@FirstName)=%% %%[ SET @region = AttributeValue("Region") ]%%',
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Reading late? Switch on dark mode in the {site} app settings",
                f"Take our five-day {topic} course by email: one short lesson each morning",
                f"Tour the {site} newsroom: open mornings on the first Saturday of every month, "
                "book a place online",
                f"Join the {site} Book Club: pick up {month}'s title and meet us online on the "
                f"last {weekday} of the month",
                "Enter your postcode to see the food hygiene ratings of restaurants near you",
                f"Run the {place} 10K with Team {site} — places for readers are still available",
                f"Check whether you can claim Pension Credit with our {rng.randint(2, 5)}-minute "
                "calculator",
                f"Become a community reporter: {site} trains volunteers over "
                f"{rng.randint(3, 6)} evenings at {place} Library",
                f"Members can chat with our {topic} team in the {site} Slack workspace",
                f"Add {site} as a friend on LINE for headlines in your chats",
                f"Scan the code to follow {site} on WeChat",
                f"Join our Signal group for {place} breaking news (no chat, just alerts)",
                "Add this event to your calendar: Google · Outlook · Apple",
                "Embed this chart on your own site: copy the code",
                "Republish this story for free under a Creative Commons licence — read our "
                "guidelines first",
                f"Remind me by email an hour before the {topic} debate begins",
                "Where do I vote? Enter your postcode to find your polling station",
                f"Aged 16 to 18? Apply for a place on the {site} summer journalism school by "
                f"{day} {month}",
                f"Teachers: download {topic} lesson plans based on our reporting",
                "Order a copy of the front page from the day you were born",
                "Can't see the graphic? Open it in a new window",
                f"Show your {site} member card at {rng.randint(40, 120)} {place} shops for 10% off",
                f"Leave a voice message for {weekday}'s phone-in: call {phone} and press 1",
                f"Blind or partially sighted? Hear the {site} read aloud every week — call {phone}",
                "Slow connection? Switch to the text-only version of this page",
                f"Ask for the large-print edition of the {site} at no extra cost",
                "Follow the storm on our live radar map: tap to open",
                f"What do you wonder about {place}? Send us your question and our reporters will "
                "look into it",
                "On a phone? Turn it sideways to see the full table",
                "— and if you'd like the next instalment first, put your name on the reminder "
                "list at the foot of this page.",
                f"Eaten at {place}'s new bakery? Post your verdict in the {site} Food Guide",
                f"Ask your newsagent to keep you a copy of the {site} every {weekday}",
                "Download this photo as a wallpaper for your phone",
                "Meld di an för uns Nahrichtenbreef, eenmal in de Week",
                "Kovskrifewgh rag agan lyther-nowodhow pub seythun",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "k": written on 2026-11-24 blind to the detector, like e to j (see the
# module docstring); it was the blind test set until l was written, and its
# misses have since been read (a development set now).  Brands, goods, places,
# trips, services, publications, films, acts, languages and scripts appear in
# no other style, and no template sentence of another style is reused.
_BRANDS_K = (
    "Quarrendon",
    "Velliscombe",
    "Brackenthorpe & Lusk",
    "Ormsgill",
    "Tindalwick",
    "Pevensford",
    "Caddowmere",
    "Sorbrey",
    "Jessamond",
    "Wickerholt",
)
_GOODS_K = (
    "patio awnings",
    "water softeners",
    "trail cameras",
    "sewing machines",
    "sit-on-top kayaks",
    "reflector telescopes",
    "beehives",
    "pool tables",
    "conservatory roofs",
    "spiralisers",
)
_PLACES_K = (
    "Newfoundland",
    "Dorset",
    "Minnesota",
    "Toowoomba",
    "Tauranga",
    "Sligo",
    "Carlisle",
    "Dunedin",
    "Wrexham",
    "Shrewsbury",
)
_TRIPS_K = (
    "the Outer Hebrides",
    "Transylvania",
    "Svalbard",
    "the Okavango Delta",
    "Montenegro",
    "the Galápagos",
)
_SERVICES_K = (
    "stonemason",
    "farrier",
    "chiropodist",
    "sash window restorer",
    "dog walker",
    "bicycle mechanic",
)
_SITES_K = ("Thornwick Almanac", "Kelbrook Dispatch", "Westerleigh Beacon", "Fallowmere Leader")
_TOPICS_K = ("astronomy", "chess", "beekeeping", "sailing", "architecture", "jazz", "allotments")
_FILMS_K = ("The Lamplighter's Wager", "Cinder Road", "A Winter for Magpies", "Drowned Acre")
_ACTS_K = (
    "The Copper Lanterns",
    "Mavis Threlkeld",
    "Bramblegate Brass Band",
    "Otis & the Undertow",
)
_NAMES_K = ("Doreen", "Clive", "Yusuf", "Morag", "Priya", "Gareth", "Annette")
_PETS_K = ("Biscuit", "Pickle", "Nutmeg", "Rolo", "Bramble")
_USERS_K = ("hollyb", "m_okafor", "greenfingers62", "tgriffiths", "bel_ross")
_SLUG_WORDS_K = ("weir", "causeway", "drovers", "maltings", "sluice", "gasworks", "beacon")
_W3W_K = ("filled", "count", "soap", "otter", "lanes", "ripple", "spoon", "cabin", "tiger", "jazzy")
_CURRENCIES_K = ("£", "$", "€", "NZ$")
_MONTHS_K = ("January", "March", "May", "September", "November")
_WEEKDAYS_K = ("Tuesday", "Wednesday", "Sunday")
# Languages no other style uses: Scots, Friulian, Neapolitan, Walloon,
# Limburgish, Kashubian, Aragonese, Kurmanji Kurdish, Crimean Tatar, Gagauz,
# Tongan, Chamorro, Tetum, Ilocano, Hiligaynon, Minangkabau, Xitsonga,
# Tshivenda, siSwati, Kikuyu, Dholuo, Buryat, Ossetian and Rusyn, and Nuosu in
# the Yi syllabary, Vai in the Vai syllabary and Lisu in the Fraser alphabet
# (three scripts no other style uses; those three lines are approximate).
_FOREIGN_K = (
    "Mak siller fae hame ilka day, sign up the day an it costs ye naething",
    "Cjol vuê e sparagne la metât, la spedizion e je gratuite",
    "Accattate mo' 'o telefonino cchiù bello a miezo prezzo, sulo pe' ogge",
    "Atchetez ådjourdu et spaegnîz l' mitan, l' evoy est po rén",
    "Bestèl vandaag en kriegs 't mörge al in hoes, gein verzendkoste",
    "Kùpi dzysô a dostóniesz wiôldżi rabat, dowiezenié za darmô",
    "Crompa hue y aconsigue una rebaixa especial, l'ninvío ye de baldes",
    "Îro bikirin û erzaniyeke taybet bistînin, şandin belaş e",
    "Evden çıqmadan er kün para qazanıñız, bugün qayd olunıñız",
    "Evdän çıkmadaan her gün para kazanın, bugün yazılın",
    "Ma'u pa'anga mei 'api 'i he 'aho kotoa pē, lesisita he 'aho ni",
    "Fåhan på'gu ya un risibi espesiåt na disgosto, dibåtde i mannå'na",
    "Hetan osan husi uma loron-loron, rejista ohin loron gratuitu",
    "Gumatang itatta ket maalam ti naisangsangayan a diskwento",
    "Magbakal subong kag makakuha sang espesyal nga diskwento, libre ang pagpadala",
    "Baliak kini, dapekan potongan hargo khusus, dikirim ka rumah tanpa bayia",
    "Lomba mali hi ku hatlisa handle ka xitiyisekiso, mali yi nghena namuntlha",
    "Kolodani tshelede nga u ṱavhanya hu si na vhuṱanzi, i dzhena ṋamusi",
    "Boleka imali ngekushesha ngaphandle kwesibambiso, imali ingena lamuhla",
    "Hota mbeca o mũthenya ũrĩ mũciĩ, andĩkithia rĩĩtwa rĩaku ũmũthĩ",
    "Yud pesa e dalani pile ka pile, ndik nyingi kawuono nono",
    "Гэрһээ гарангүй үдэр бүри мүнгэ оло, мүнөөдэр бүридхүүлэгты",
    "Хæдзарæй нæ рацæугæйæ алы бон дæр æхца ис, абон ныффыс",
    "Заробляйте гроші дома кождый день, записуйтеся днесь",
    "ꆈꌠ ꂁꈊ ꏶꎘ ꌉꆭꃀ ꀺꌞꍶ ꀄꎐꈡꇔ ꃑꊊꀾꀭ ꑔꀒ",
    "ꕮꗘꔎ ꕱꗠꗽꕷ ꕶꕰꗫ ꔋꗕꔳ ꖗꔽ ꖪꘀꗘꘃ ꕡꖛꖑꗿ",
    "ꓒꓴ ꓡꓲ ꓟ ꓔꓯ ꓠꓬ ꓢꓴ ꓧꓳ꓾ ꓡꓲꓸ ꓬꓰ ꓐꓮꓼ ꓟꓬ꓿",
)
# Open Location Code ("plus code") digits, and bech32's alphabet.
_PLUS_CODE = "23456789CFGHJMPQRVWX"
_BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _sans_bold(text: str) -> str:
    # Mathematical sans-serif bold letters and digits, as spam uses to dodge filters.
    out = []
    for c in text:
        if "A" <= c <= "Z":
            out.append(chr(0x1D5D4 + ord(c) - ord("A")))
        elif "a" <= c <= "z":
            out.append(chr(0x1D5EE + ord(c) - ord("a")))
        elif "0" <= c <= "9":
            out.append(chr(0x1D7EC + ord(c) - ord("0")))
        else:
            out.append(c)
    return "".join(out)


def _line_k(rng: random.Random, category: str) -> str:
    brand, other = rng.sample(_BRANDS_K, 2)
    goods, place = rng.choice(_GOODS_K), rng.choice(_PLACES_K)
    trip, site = rng.choice(_TRIPS_K), rng.choice(_SITES_K)
    service = rng.choice(_SERVICES_K)
    cur, month = rng.choice(_CURRENCIES_K), rng.choice(_MONTHS_K)
    weekday, topic = rng.choice(_WEEKDAYS_K), rng.choice(_TOPICS_K)
    slug = brand.lower().replace(" & ", "-").replace(" ", "")
    handle = site.lower().replace(" ", "")
    year = rng.randint(2024, 2027)
    day = rng.randint(1, 28)
    month_no = rng.randint(1, 12)
    compact = f"{year}{month_no:02d}{day:02d}"
    phone = f"0{rng.randint(1200, 1999)} {rng.randint(100000, 999999)}"
    if category == "ad":
        return rng.choice(
            [
                f"Motorised patio awnings with a wind sensor, made to measure and fitted in "
                f"{place} within {rng.randint(3, 10)} weeks, from {cur}"
                f"{rng.randint(1495, 3995):,} — {brand} Shade",
                f"Hard water in {place}? A {brand} water softener from {cur}"
                f"{rng.randint(395, 895)}, installed, with salt delivered every "
                f"{rng.randint(2, 4)} months",
                f"Own a holiday home by the sea: static caravans at {brand} Holiday Park from "
                f"{cur}{rng.randint(18, 65)},995, site fees {cur}{rng.randint(3, 7)},"
                f"{rng.randint(100, 900)} a season",
                f"{brand} Narrowboats · three-night short breaks from {cur}"
                f"{rng.randint(490, 990)} per boat · no experience needed, tuition at the wharf",
                f"Shepherd's huts with a wood-burning stove and a view down the valley — "
                f"{brand} Glamping, {place}, two nights from {cur}{rng.randint(160, 340)}",
                f"Coach day trips from {place}: Christmas markets {cur}{rng.randint(39, 69)}, the "
                f"seaside {cur}{rng.randint(22, 35)}, pick-ups at {rng.randint(6, 14)} stops — "
                f"{brand} Coaches",
                f"Can you get out in 60 minutes? {rng.randint(3, 6)} escape rooms at {brand} "
                f"Escapes, {place}, groups of two to six from {cur}{rng.randint(18, 28)} a head",
                f"Indoor go-karting: 30-minute arrive-and-drive sessions {cur}"
                f"{rng.randint(25, 45)}, birthday parties from {cur}{rng.randint(150, 350)} — "
                f"{brand} Raceway",
                f"Laser tattoo removal in {place}, {cur}{rng.randint(45, 90)} a session for a "
                f"small tattoo, patch test first · {brand} Skin Clinic",
                f"Back or neck pain? {brand} Chiropractic, {place}: first consultation and "
                f"posture assessment {cur}{rng.randint(35, 75)}",
                f"{brand} Fertility: IVF with a named consultant and embryo storage for a year. "
                f"Patient open evening {weekday} {day} {month}.",
                f"4D baby scans from {cur}{rng.randint(79, 149)} at {brand} Scan Studio — "
                "gender-reveal packages, and every photo on a keepsake USB",
                f"Puppy vaccinations, microchip and first health check for {cur}"
                f"{rng.randint(59, 119)} at {brand} Vets, {place}",
                f"{brand} Equestrian Centre: riding lessons for ages 4 to 84, half an hour "
                f"{cur}{rng.randint(28, 45)}, pony parties on Sundays",
                f"Wedding photography, the whole day plus an engagement shoot, {cur}"
                f"{rng.randint(1200, 2400):,} — {brand} Photography is now taking {year + 1} "
                "dates",
                f"Cracked screen? Phone screens replaced within the hour in {place} from {cur}"
                f"{rng.randint(39, 89)} · {brand} Fix",
                f"Compatible ink cartridges for {rng.randint(300, 900)} printer models, a "
                f"fraction of the makers' prices — {brand} Ink, next-day dispatch",
                f"Ex-corporate office chairs from {cur}{rng.randint(45, 95)}, sit-stand desks "
                f"from {cur}{rng.randint(180, 290)}: {brand} Office Clearance, {place}",
                f"Shipping containers converted into site offices, studios and cafés · 20ft "
                f"from {cur}{rng.randint(6, 14)},500 · {brand} Box Co.",
                f"{brand} collects your dry cleaning and laundry from the door and brings it "
                f"back within 48 hours. Shirts {cur}{rng.randint(2, 3)}.{rng.randint(10, 95)} "
                "each.",
                f"{rng.randint(8, 12)} craft beers from independent breweries every month, "
                f"{cur}{rng.randint(24, 39)} a box — the {brand} Beer Club",
                f"Freshly roasted beans every fortnight, {cur}{rng.randint(7, 12)}.50 a bag, "
                f"ground for your cafetière or left whole · {brand} Roasters",
                f"{brand} Wool Shop, {place}: chunky merino yarn {cur}{rng.randint(4, 9)}.99 a "
                f"ball, knit-and-natter every {weekday} afternoon",
                f"{brand} 130mm reflector telescope with tripod and moon filter, {cur}"
                f"{rng.randint(189, 349)} — stargazing evenings at our {place} shop",
                f"See who visits your garden at night: the {brand} trail camera, 4K video, "
                f"{rng.randint(6, 12)}-month battery, {cur}{rng.randint(79, 159)}",
                f"{brand} computerised sewing machine, {rng.randint(60, 200)} stitches and an "
                f"automatic needle threader, {cur}{rng.randint(249, 549)} with a beginners' class",
                f"Sit-on-top kayaks from {cur}{rng.randint(299, 649)}, paddle and buoyancy aid "
                f"included. Try one on the lake at {brand} Paddlesport, {place}.",
                f"Beginners' beekeeping course over two Saturdays, {cur}{rng.randint(120, 220)} "
                f"including a hive tool and veil — {brand} Apiaries",
                f"Slate-bed pool tables delivered, levelled and re-clothed: {cur}"
                f"{rng.randint(899, 2299):,}, or {cur}{rng.randint(38, 79)} a month over two years "
                f"· {brand} Cue & Cushion",
                f"{rng.choice(_FILMS_K)} (12A) — in cinemas {day} {month}. Book at the {brand} "
                f"Picturehouse, {place}",
                f"{rng.choice(_ACTS_K)} — live at {place} Corn Exchange, {weekday} {day} {month}, "
                f"tickets {cur}{rng.randint(18, 42)} plus booking fee",
                f"Timed online auction: {rng.randint(180, 650)} lots of tractors, trailers and "
                f"workshop tools. Viewing {weekday} at {brand} Auctioneers, {place}. Buyer's "
                f"premium {rng.randint(8, 15)}% plus VAT.",
                f"Now open on {place} High Street: {brand} Noodle Bar. Show this page at the till "
                "and your second bowl is on us.",
                f"Under new management: the {brand} Arms, {place}. Sunday roast {cur}"
                f"{rng.randint(14, 19)}.95, quiz every {weekday}, dogs welcome",
                f"CBT motorcycle training in one day, {cur}{rng.randint(120, 180)} with bike and "
                f"helmet hire · {brand} Rider Training, {place}",
                f"Swap your cold polycarbonate conservatory roof for a tiled one in two days: "
                f"{brand} Roofs, {place}, {rng.randint(10, 20)}-year guarantee",
                f"Store your baby's cord blood with {brand} for {cur}{rng.randint(1200, 2400):,}: "
                "accredited laboratory, courier kit sent to your maternity unit",
                f"Spouse visas, settlement and citizenship at fixed fees from {cur}"
                f"{rng.randint(900, 2500):,} · {brand} Immigration Solicitors, {place}",
                f"The {brand} spiraliser slices, dices and makes courgetti in seconds. "
                f"{cur}{rng.randint(19, 29)}.99 plus postage, or two for {cur}"
                f"{rng.randint(30, 45)}.",
                f"See your memoir in print: {brand} Press prints {rng.randint(25, 100)} "
                f"hardback copies of your book from {cur}{rng.randint(350, 900)}",
                f"Catered ski chalets in the Alps, seven nights from {cur}{rng.randint(690, 1390)} "
                f"per person with lift pass · {brand} Snow",
                f"Small-group tours of {trip}, {rng.randint(8, 14)} nights from {cur}"
                f"{rng.randint(2900, 7900):,} per person with an expert guide — {brand} "
                "Expeditions",
                f"Need a {service} in {place}? {brand} sends one within the hour, "
                f"{rng.randint(7, 22)} years' experience, call {phone}",
            ]
        )
    if category == "sponsor":
        name = rng.choice(_NAMES_K)
        ticker = _from(rng, string.ascii_uppercase, rng.randint(3, 4))
        return rng.choice(
            [
                "This programme contains product placement.",
                f"Promoted stories · recommended for you by {brand}",
                f"AdChoices ▷ · Why this ad? · Ad provided by {brand}",
                "Advertisement · scroll to continue with the article",
                f"Printed and published by {name} {other} on behalf of the {brand} Party, "
                f"{rng.randint(2, 90)} Market Street, {place}",
                f"Authorised by {name} {other}, {brand} Alliance, {place}.",
                f"Disclosure: the author owns shares in {brand}, which is mentioned in this "
                "article.",
                f"{name} {other} receives funding from the {brand} Trust and has consulted for "
                f"{other} Energy. This article reflects the author's views alone.",
                f"Disclosure: I have a beneficial long position in the shares of {ticker}, "
                "either through stock ownership, options or other derivatives.",
                f"The {brand} Arena is named under a {rng.randint(5, 15)}-year naming-rights deal.",
                f"Sustaining sponsor: {brand} · Gold: {other} · Silver: {place} Building Society",
                f"The {site} {topic.title()} Prize is endowed by {brand}.",
                f"This project has received funding from the European Union under grant "
                f"agreement No {rng.randint(100000, 999999)}. Views expressed are those of the "
                "authors only.",
                f"Thanks to {brand} Lottery players, this {topic} project received {cur}"
                f"{rng.randint(10, 90)},000.",
                f"This article is part of a campaign funded by the {place} Department of Health.",
                f"The {site} {topic} columnist has received speaking fees from {brand}.",
                f"Kit supplier: {brand} · Shirt partner: {other}",
                f"{site} thanks {brand} for hosting this evening's debate and for the "
                "refreshments.",
                f"Our coverage of the {place} Regatta is made possible through the support of "
                f"{brand} Marine.",
                f"Photography equipment for this series on loan from {brand}; the photographer "
                "was not paid by the maker.",
                f"Rankings on this page reflect commercial agreements between {site} and the "
                "listed brands.",
                f"This article includes links to {brand}, which sponsors the {site} {topic} "
                "newsletter.",
                f"Our {topic} reporter's post is jointly funded by {brand} and readers like you.",
                f"Official {goods} supplier to the {place} Show: {brand}",
                f"Sponsor spotlight: {brand} supports {site} Local Heroes {year}",
                f"Prizes in this competition are donated by {brand}; {site} receives no payment.",
                f"Advertising partner of {site} Weekend: {brand}",
                f"Sponsort bi {brand}",
                f"Sponsorizât di {brand}",
                f"Bi piştgiriya {brand}",
                f"Patrosina husi {brand}",
                f"Inpasponsor ti {brand}",
                f"Mèt sjteun vaan {brand}",
                f"Avou l' sopoirt di {brand}",
            ]
        )
    if category == "injected_spam":
        name = rng.choice(_NAMES_K)
        act = rng.choice(_ACTS_K)
        amount = rng.randint(200, 900)
        return rng.choice(
            [
                *_FOREIGN_K,
                f"{place} Toll Services: your vehicle has an outstanding toll balance of {cur}"
                f"{rng.randint(3, 12)}.{rng.randint(10, 99)}. Avoid a late fee of {cur}50, pay "
                f"at {slug}-tolls.example",
                f"{brand} Bank ALERT: a payment of {cur}{amount:,} to a new payee was "
                f"attempted. If this was NOT you call our fraud team now on {phone}",
                f"I know your password is {_from(rng, _ALNUM_LOWER, 9)}. I have a video of you "
                f"from your own camera. Send {cur}{rng.randint(900, 2500):,} in Bitcoin within "
                "48 hours or it goes to all your contacts.",
                "Hi Mum, this is my new number, I dropped my phone in the bath 😩 can you "
                "message me on WhatsApp, I need to pay a bill today",
                f"Grandma it's me, I've been arrested after a car accident and need {cur}"
                f"{rng.randint(2, 6)},000 for bail, please don't tell Mum",
                f"Your {brand}+ membership is on hold: we could not verify your payment. "
                f"Update your details within 24h at {slug}-billing.example",
                f"Your cloud storage is full and your photos will be deleted on {day} {month}. "
                f"Upgrade now for {cur}1.99 as a loyal customer: {slug}-storage.example",
                f"Earn {rng.randint(2, 5)}.{rng.randint(1, 9)}% every day with {brand} Capital, "
                f"hourly withdrawals, {rng.randint(5, 15)}% referral commission, over "
                f"{rng.randint(20, 90)},000 members paid",
                f"VIP forex signals, {rng.randint(92, 99)}% accuracy, {rng.randint(300, 900)} "
                f"pips a week, join the channel t.me/{slug}fx",
                f"Copyright infringement notice: your website uses an image owned by {brand} "
                f"Photography. Remove it within 5 days or face legal action. Proof: "
                f"{slug}-evidence.example/{_short_hex(rng, 8)}",
                "Your student loans may qualify for total forgiveness under a new federal "
                f"programme. Press 1 to speak with a specialist before {day} {month}.",
                "We've been trying to reach you concerning your car's extended warranty. "
                "This is your final courtesy call.",
                f"Become a mystery shopper: we post you a cheque for {cur}{amount:,}, you keep "
                f"{cur}{rng.randint(100, 200)} and wire the rest to our evaluator",
                f"URGENT: children in the flood zone need you tonight. Send {cur}"
                f"{rng.randint(20, 100)} in gift cards or by bank transfer to the {brand} "
                "Relief Fund",
                f"Congratulations {name}! You qualify for a {cur}{rng.randint(5, 25)},000 "
                f"government grant that never has to be repaid. Release it with a {cur}"
                f"{rng.randint(150, 450)} processing fee.",
                _sans_bold(f"Earn {amount}$ per day from home")
                + " 👉 DM me for the link, only 5 places left",
                f"Selling 2 tickets for {act} at {place}, can't go any more, {cur}"
                f"{rng.randint(40, 90)} each, PayPal friends and family only please",
                f"my best friend's sister makes ${rng.randint(80, 95)} an hour on the laptop. "
                f"She has been out of work for {rng.randint(5, 10)} months but last month her "
                f"pay check was ${rng.randint(12, 19)},{rng.randint(100, 999)} just working a "
                f"few hours from home. Go to this site for more info {slug}work.example",
            ]
        )
    if category == "junk_token":
        words = rng.sample(_SLUG_WORDS_K, 2)
        ms = rng.randint(1_700_000_000_000, 1_800_000_000_000)
        secs = ms // 1000
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        w3w = rng.sample(_W3W_K, 3)
        return rng.choice(
            [
                f"cf-ray: {_short_hex(rng, 16)}-{rng.choice(('LHR', 'MAN', 'DUB', 'AMS', 'SYD'))}",
                f"traceparent: 00-{_hex(rng, 32)}-{_short_hex(rng, 16)}-01",
                f"x-datadog-trace-id: {rng.randint(10**18, 9 * 10**18)}",
                f"x-nf-request-id: 01{_from(rng, _CROCKFORD, 24)}",
                f"AWSALB={_blob(rng, 88)}; Expires=Tue, {day:02d} Mar {year} {hh:02d}:{mm:02d}"
                f":{ss:02d} GMT; Path=/",
                f"incap_ses_{rng.randint(100, 999)}_{rng.randint(10**6, 10**7)}={_blob(rng, 44)}==",
                f"datadome={_nanoid(rng, 40)}~{_nanoid(rng, 52)}",
                f"_px3={_hex(rng, 64)}:{_blob(rng, 40)}==",
                f"connect.sid=s%3A{_nanoid(rng, 32)}.{_blob(rng, 43)}",
                f"arn:aws:s3:::{handle}-media-prod/{year}/{month_no:02d}/{_uuid4(rng)}.jpg",
                f"/subscriptions/{_uuid4(rng)}/resourceGroups/rg-{handle}-prod/providers/"
                f"Microsoft.Storage/storageAccounts/st{handle[:10]}{rng.randint(10, 99)}",
                f"https://{_from(rng, string.ascii_lowercase, 20)}.supabase.co/storage/v1/object/"
                f"public/images/{_uuid4(rng)}.webp",
                f"https://cdn.sanity.io/images/{_from(rng, _ALNUM_LOWER, 8)}/production/"
                f"{_hex(rng, 40)}-{rng.choice((1200, 1600, 2400))}x{rng.choice((800, 900))}.jpg",
                f"https://miro.medium.com/v2/resize:fit:1400/1*{_from(rng, _BASE62, 22)}.jpeg",
                f"https://live.staticflickr.com/65535/{rng.randint(10**10, 6 * 10**10)}_"
                f"{_short_hex(rng, 10)}_b.jpg",
                f"https://media.giphy.com/media/{_from(rng, _BASE62, 18)}/giphy.gif",
                f"///{w3w[0]}.{w3w[1]}.{w3w[2]}",
                f"{_from(rng, _PLUS_CODE, 8)}+{_from(rng, _PLUS_CODE, 2)}",
                f"bc1q{_from(rng, _BECH32, 38)}",
                f"1Z{_from(rng, string.ascii_uppercase + string.digits, 6)}"
                f"{rng.randint(10, 99)}{rng.randint(10**7, 10**8 - 1)}",
                f"{_from(rng, string.ascii_uppercase, 2)}{rng.randint(10**8, 10**9 - 1)}GB",
                f"{year}-{month_no:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}."
                f"{rng.randint(0, 999):03d}Z",
                rng.choice(("#REF! #REF! #VALUE!", "#N/A #N/A #DIV/0!", "#NAME? #SPILL! #REF!")),
                rng.choice(("[object Object]", "undefined undefined", "NaN NaN NaN")),
                f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{_blob(rng, 43)} "
                f"{rng.choice(_USERS_K)}@{handle}-web-{rng.randint(1, 9)}",
                f"<~{_from(rng, ''.join(chr(c) for c in range(33, 118)), 40)}~>",
                f"WIFI:T:WPA;S:{site.replace(' ', '')}-Guest;P:{_nanoid(rng, 12)};;",
                f"?code=4/0A{_nanoid(rng, 60)}&scope=email%20profile&state={_hex(rng, 32)}",
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                f"{_from(rng, _BASE62, 48)}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
                f"{_uuid4(rng)}%22%7d",
                f"https://1drv.ms/w/s!{_from(rng, _BASE62, 22)}?e={_from(rng, _BASE62, 6)}",
                f"https://www.dropbox.com/scl/fi/{_from(rng, _ALNUM_LOWER, 25)}/{words[0]}_"
                f"{words[1]}.pdf?rlkey={_from(rng, _ALNUM_LOWER, 25)}&dl=0",
                f"mc_cid={_short_hex(rng, 10)}&mc_eid={_short_hex(rng, 10)}",
                f"_trkparms=amclksrc%3DITM%26aid%3D{rng.randint(10**5, 10**7)}%26algo%3DPERSONAL."
                f"TOPIC%26ao%3D1&_trksid=p{rng.randint(10**6, 10**7)}.c{rng.randint(10**5, 10**6)}"
                f".m{rng.randint(1000, 9999)}",
                f"spm=a2g0o.productlist.main.{rng.randint(1, 60)}.{_short_hex(rng, 8)}"
                f"&algo_pvid={_uuid4(rng)}",
                " ".join(f"#{_short_hex(rng, 6)}" for _ in range(rng.randint(4, 6))),
                f"oid sha256:{_hex(rng, 64)} size {rng.randint(10**5, 10**8)}",
                f"{secs}.{rng.randint(10**5, 10**6 - 1)}-{_from(rng, _ALNUM_LOWER, 11)}",
            ]
        )
    if category == "markup_residue":
        words = rng.sample(_SLUG_WORDS_K, 2)
        user = rng.choice(_USERS_K)
        ms = rng.randint(1_700_000_000_000, 1_800_000_000_000)
        start = rng.randint(1, 9)
        return rng.choice(
            [
                '{{widget type="Magento\\Cms\\Block\\Widget\\Block" '
                'template="widget/static_block/default.phtml" '
                f'block_id="{rng.randint(10, 300)}"}}}}',
                f'<en-note><div><en-media type="image/jpeg" hash="{_hex(rng, 32)}"/></div>'
                "</en-note>",
                f'<div id="rec{rng.randint(10**8, 10**9)}" class="r t-rec t-rec_pt_30" '
                f'data-record-type="{rng.randint(100, 999)}">',
                '<div class="w-embed w-iframe w-script"><div class="w-richtext">',
                f'<figure id="{_uuid4(rng)}" class="block-color-gray_background callout" '
                'style="white-space:pre-wrap;display:flex">',
                f"![[{words[0]}-{compact}.png|{rng.choice((400, 600, 800))}]]",
                f"{{{{[[embed]]: (({_from(rng, _BASE62 + '-_', 9)}))}}}}",
                f"id:: {_uuid4(rng)}",
                '%INCLUDE{"Main.SideBar"}% %TOC{depth="2"}%',
                '{{box cssClass="floatinginfobox" title="**Contents**"}}{{toc/}}{{/box}}',
                "{maketoc} {BOX(title=>Related)}{BOX}",
                f'#figure(image("{words[0]}.png", width: 80%), caption: [Photo: supplied])',
                "\\startsection[title={Background}]",
                f"@article{{{user}{year}{words[0]}, title={{{words[0].title()} report}}, "
                f"journal={{{site}}}, year={{{year}}}}}",
                f"=> gemini://{handle}.example/{words[0]}-{words[1]}.gmi Read this on Gemini",
                "graph TD; A[Bid submitted] --> B{Approved?}; B -->|Yes| C[Works begin]",
                'digraph G { rankdir=LR; node [shape=box]; "council" -> "contractor"; }',
                f'<outline text="{site}" type="rss" xmlUrl="https://{handle}.example/feed.xml"/>',
                f"00:00:{start:02d}.{rng.randint(0, 999):03d} --> 00:00:{start + 4:02d}."
                f"{rng.randint(0, 999):03d} align:start position:10%",
                '{"cell_type": "markdown", "metadata": {}, "source": ["## Method\\n"]}',
                "```{r setup, include=FALSE}",
                rng.choice(
                    (
                        '{% callout type="warning" title="Correction" %}',
                        "{% /callout %}",
                    )
                ),
                '<g:each in="${related}" var="story"><g:link action="show" id="${story.id}">'
                "${story.title}</g:link></g:each>",
                '<span wicket:id="byline">Byline goes here</span>',
                '<li py:for="story in related">${story.title}</li>',
                '#for(story in related):<a href="#(story.url)">#(story.title)</a>#endfor',
                "$forall story <- related",
                '<li n:foreach="$related as $story"><a n:href="Story:show $story->id">'
                "{$story->title}</a></li>",
                "{#for story in related}{story.title}{/for}",
                "<for|story| of=input.related><a href=story.url>${story.title}</a></for>",
                f"(image: {words[1]}.jpg caption: Photo: supplied class: wide)",
                f'[quote="{user}, post:{rng.randint(2, 90)}, topic:{rng.randint(1000, 99999)}"]',
                "== render 'shared/ad_slot', position: 'inline'",
                "[filename](_media/box.md ':include :type=code')",
                f"DTSTART;TZID=Europe/London:{compact}T190000",
                f"BEGIN:VCARD VERSION:3.0 FN:{site} Newsdesk TEL;TYPE=work:{phone} END:VCARD",
                '<iframe width="100%" height="166" scrolling="no" frameborder="no" '
                'allow="autoplay" src="https://w.soundcloud.com/player/?url=https%3A//'
                f'api.soundcloud.com/tracks/{rng.randint(10**8, 2 * 10**9)}&color=%23ff5500">'
                "</iframe>",
                f'<div class="dm-player" data-video="x{_from(rng, _ALNUM_LOWER, 6)}"></div>',
                '<div class="DC-embed DC-embed-document DV-container"><iframe src="https://'
                f"embed.documentcloud.org/documents/{rng.randint(10**7, 3 * 10**7)}-"
                f'{words[0]}-{words[1]}/?embed=1" title="{words[0]} (Hosted by DocumentCloud)"',
                "var disqus_config = function () { this.page.url = PAGE_URL; "
                "this.page.identifier = PAGE_IDENTIFIER; };",
                "Highcharts.chart('container', { chart: { type: 'column' }, title: { text: '' }",
                f"Plotly.newPlot('chart-{rng.randint(1, 9)}', data, layout, {{responsive: true}});",
                f"var map = L.map('map').setView([{rng.randint(50, 57)}.{rng.randint(1000, 9999)}, "
                f"-{rng.randint(1, 4)}.{rng.randint(1000, 9999)}], 13);",
                f"mapboxgl.accessToken = 'pk.eyJ1Ijoi{_from(rng, _BASE62, 40)}';",
                f'<script src="https://fast.wistia.com/embed/medias/{_from(rng, _ALNUM_LOWER, 10)}'
                '.jsonp" async></script>',
                f'<script async src="https://telegram.org/js/telegram-widget.js?22" '
                f'data-telegram-post="{handle}/{rng.randint(100, 9999)}" data-width="100%">'
                "</script>",
                '<iframe src="https://cdn.knightlab.com/libs/timeline3/latest/embed/index.html?'
                f'source={_from(rng, _BASE62, 44)}&font=Default&lang=en" width="100%" '
                'height="650"></iframe>',
                f'<script type="text/javascript" charset="utf-8" src="https://secure.polldaddy.com'
                f'/p/{rng.randint(10**7, 2 * 10**7)}.js"></script>',
                f'<iframe src="https://embed.podcasts.apple.com/gb/podcast/{handle}/id'
                f'{rng.randint(10**9, 2 * 10**9)}?i={rng.randint(10**12, 2 * 10**12)}" '
                'height="175px" frameborder="0"></iframe>',
                f'<vf-conversations vf-container-id="{ms}"></vf-conversations>',
            ]
        )
    if category == "call_to_action":
        name = rng.choice(_NAMES_K)
        return rng.choice(
            [
                f"Sign the online book of condolence for {name}, or leave a candle on the "
                "memorial wall",
                f"Could you give {rng.choice(_PETS_K)}, a {rng.randint(2, 9)}-year-old lurcher, "
                f"a home? Call {place} Animal Rescue on {phone}",
                f"Just married? Send us your wedding photos and we'll print the best in "
                f"{weekday}'s {site}",
                f"Enter your pet in the {site} Pet of the Year calendar: upload a photo by {day} "
                f"{month}",
                "Report a pothole on our interactive map: drop a pin and add a photo",
                f"Count the birds in your garden this weekend and send your tally to the {site} "
                "nature desk",
                "Is your home at risk? Search the flood map by street name",
                f"Give blood this week: appointments are available at the {place} donor centre "
                f"until {weekday}",
                f"To license this article or photograph, contact our syndication desk at "
                f"syndication@{handle}.example",
                "Print out this week's colouring page and send us your child's finished picture",
                f"Download the {site} heritage trail as a PDF and explore {place}'s old town on "
                "foot",
                f"Share your memories of the old {place} Palace cinema for our centenary "
                "supplement",
                "Text too small? Hold Ctrl and press + to make it bigger",
                "See how the Budget changes your take-home pay: enter your salary in our "
                "calculator",
                f"Book your place at the {site} Careers Fair, {weekday} {day} {month} at {place} "
                "Town Hall",
                f"Vote for your favourite chip shop in the {site} Readers' Choice Awards",
                f"Know someone turning 100? Tell us and we'll mark the birthday in the {site}",
                "Enter your registration number to check whether your car is part of the recall",
                "Find your nearest warm space this winter on our map",
                f"Head teachers: submit your school's exam results for our league table by {day} "
                f"{month}",
                f"Put your question to the candidates: send it in before {weekday}'s hustings",
                f"Renting in {place}? Book a seat at our know-your-rights evening for tenants",
                f"Track the {place} Marathon runners live: enter a bib number",
                "Are you a nurse working nights? We'd like to hear from you — fill in the form "
                "below",
                f"Claim a reader's pass for the {place} Book Festival while they last",
                f"Learn {topic} with us: sign up for the {site} winter evening class",
                f"Send a {service} recommendation to our Trusted Traders list",
                f"Order the {year + 1} {site} calendar of readers' photos of {place}",
                f"Got an old laptop? Donate it to the {site} digital inclusion appeal for "
                f"{place} pensioners",
                "Lost or found a pet? Put a notice on our lost-and-found board",
                "— and if this made you smile, forward it to a friend who would enjoy it.",
                "Sign up for oor newsletter an get the news in yer inbox ilka Setterday",
                "Iscrîf-ti ae nestre newsletter e ricêf lis notiziis ogni setemane",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "l": written on 2026-11-24 blind to the detector, like e to k (see the
# module docstring); it was the blind test set until m was written, and its
# misses have since been read (a development set now).  Brands, goods, places,
# trips, services, publications, acts, languages and scripts appear in no other
# style, and no template sentence of another style is reused.
_BRANDS_L = (
    "Marrowgate",
    "Kilnsey & Dunne",
    "Ollerbrook",
    "Quellbridge",
    "Sallowby",
    "Tarnhollow",
    "Vexley",
    "Wendrick",
    "Brumfitt",
    "Pentwistle",
)
_GOODS_L = (
    "wood pellets",
    "plantation shutters",
    "composite doors",
    "metal detectors",
    "jigsaw puzzles",
    "personal alarms",
    "artificial grass",
    "refurbished laptops",
    "Christmas hampers",
    "mobile signal boosters",
)
_PLACES_L = (
    "Pembrokeshire",
    "Ayrshire",
    "Waikato",
    "Ipswich",
    "Lincolnshire",
    "Saskatoon",
    "Northumberland",
    "Wollongong",
    "Connecticut",
    "Donegal",
)
_TRIPS_L = (
    "the Cinque Terre",
    "Namibia",
    "Rajasthan",
    "the Atacama",
    "Lake Como",
    "Costa Rica",
)
_SERVICES_L = (
    "aerial installer",
    "oven cleaner",
    "mobile hairdresser",
    "clock repairer",
    "curtain fitter",
    "knife sharpener",
)
_SITES_L = ("Kettleby Intelligencer", "Garrowby Messenger", "Lynchmere Examiner", "Cresswold Crier")
_TOPICS_L = ("aviation", "angling", "photography", "faith", "family history", "birdwatching")
_ACTS_L = ("The Hollow Reeds", "Dervla Quinn Trio", "Harrowfield Male Voice Choir", "Sister Tamsin")
_NAMES_L = ("Eileen", "Rhodri", "Fatima", "Callum", "Bernadette", "Kwame", "Nessa")
_USERS_L = ("pjwhitby", "lou_ferrers", "birder_al", "sgoodall", "kaz.m")
_SLUG_WORDS_L = ("lychgate", "slipway", "tannery", "cattlegrid", "mudflats", "signalbox", "orchard")
_CURRENCIES_L = ("£", "$", "€", "A$")
_MONTHS_L = ("February", "April", "June", "August", "October", "December")
_WEEKDAYS_L = ("Monday", "Thursday", "Saturday")
# Languages no other style uses: Lombard, Ligurian, Ladin, Picard, Arpitan
# (Franco-Provençal), Mirandese, Silesian, Lower Sorbian, Latgalian, Võro,
# Waray, Bikol, Kirundi, Sepedi, Nahuatl, Aymara, Maithili, Chechen and Kalmyk,
# and Balinese in the Balinese script, Buginese in Lontara and Northern Thai in
# Tai Tham (three scripts no other style uses; those three lines, and some of
# the others, are approximate).
_FOREIGN_L = (
    "Compra incoeu e te risparmiet la metà, la spedizion l'è gratis",
    "Accatta ancheu e sparmia a meitæ, a spediçion a l'è de badda",
    "Davagnede scioldi da ciasa vigni dì, scriveve ancuei",
    "Acatez ache-jour et épargnez l'moitié, l'invoé i n'coûte rin",
    "Achetâd houé et èpargnâd la mêtiêt, l'envoué est por ren",
    "Cumpra hoije i poupa la metade, l'ambio nun cuosta nada",
    "Kup dzisiej i zaoszczyndź połowa, przesyłka za darmo",
    "Kupśo źinsa a dostańśo wósebny rabat, pósłanje jo darmotne",
    "Pierkit šudiņ i dabuojit seviškū atlaidi, atvesšona par bez moksys",
    "Ostkõ täämbä ja saakõ puul hinnaga, saatminõ om ilma rahalda",
    "Pamalit yana ngan makakuha hin espesyal nga diskwento, libre an pagpadara",
    "Magkuwarta sa laog kan harong aroaldaw, magparehistro ngonyan",
    "Ronka amahera i muhira buri musi, iyandikishe uyu munsi",
    "Hwetša tšhelete o le gae letšatši le lengwe le le lengwe, ingwadiše lehono",
    "Xicpia tomin ipan mochan mochipa, ximotlalli axcan",
    "Utamata qullqi jikxatañamawa sapüru, jichhüru qillqantasim",
    "घर बैसल रोज पाइ कमाउ, आइए नाम लिखाउ",
    "ЦӀахь Ӏаш хӀора дийнахь ахча даккха, тахана дӀаяздалахь",
    "Гертән суучкад өдр болһн мөңгн ол, өнөдр бичгдтн",
    "ᬫᬾᬮᬶ ᬚᬦᬶ᭞ ᬧᭀᬮᬶᬄ ᬤᬶᬲ᭄ᬓᭀᬦ᭄ ᬅᬕᬾᬂ",
    "ᨕᨙᨒᨗ ᨊᨗ ᨆᨀᨚᨀᨚᨕᨙ ᨒᨚᨒᨚᨂᨙ ᨉᨗᨔᨀᨚ ᨞",
    "ᨪᩧᩋ᩶ᨾᩧᩋ᩶ᨶᩦ᩶ ᨯᩱ᩶ᩈ᩠ᩅ᩵ᨶᩃᩫ᩠ᨯ ᨻᩥᩈᩮᩈ᪨",
)
# Alphabets of geohashes, vehicle identification numbers and onion addresses.
_GEOHASH = "0123456789bcdefghjkmnpqrstuvwxyz"
_VIN = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_BASE32_LOWER = "abcdefghijklmnopqrstuvwxyz234567"

_VOCABULARY_L = (
    _BRANDS_L,
    _GOODS_L,
    _PLACES_L,
    _TRIPS_L,
    _SITES_L,
    _CURRENCIES_L,
    _MONTHS_L,
    _WEEKDAYS_L,
    _TOPICS_L,
)


def _ean13(rng: random.Random) -> str:
    # Twelve digits and the EAN check digit (weights 1 and 3 from the left).
    digits = [5, 0] + [rng.randint(0, 9) for _ in range(10)]
    total = sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits))
    return "".join(map(str, digits)) + str(-total % 10)


def _line_l(rng: random.Random, category: str) -> str:
    brand, other, goods, place, trip, site, cur, month, weekday, topic, slug, handle = _draws(
        rng, _VOCABULARY_L
    )
    service, name = rng.choice(_SERVICES_L), rng.choice(_NAMES_L)
    year = rng.randint(2024, 2027)
    day = rng.randint(1, 28)
    month_no = rng.randint(1, 12)
    phone = f"07{rng.randint(300, 999)} {rng.randint(100000, 999999)}"
    if category == "ad":
        return rng.choice(
            [
                f"Wood pellets delivered across {place}: a pallet of {rng.randint(60, 70)} bags "
                f"for {cur}{rng.randint(299, 419)}, set down where you want it — {brand} Fuels",
                f"Heating oil in {place} is down to {rng.randint(58, 79)}p a litre this week. "
                f"Order by {weekday} noon for a drop before the weekend: {brand} Oil, {phone}",
                f"Black mould on the bedroom wall? Damp survey and written report {cur}"
                f"{rng.randint(75, 150)}, refunded if you go ahead · {brand} Damp Proofing",
                f"Never mow again: artificial grass laid in {place} from {cur}"
                f"{rng.randint(45, 75)} a square metre, {rng.randint(8, 15)}-year UV guarantee "
                f"· {brand} Lawns",
                f"Resin-bound driveways laid in two days · permeable, no planning permission "
                f"needed · {brand} Surfaces, {place}",
                f"Made-to-measure plantation shutters fitted in {rng.randint(4, 8)} weeks. Ask "
                f"{brand} for a home visit with samples",
                f"Composite Front Doors In {rng.randint(12, 24)} Colours, Fitted From {cur}"
                f"{rng.randint(1095, 1795):,} · {brand} Doors & Windows",
                f"Varicose veins treated as a walk-in, walk-out procedure at the {brand} Vein "
                f"Clinic, {place} — consultation {cur}{rng.randint(150, 250)}",
                f"Worried about a mole? A full-body skin check with dermoscopy, results on the "
                f"day, {cur}{rng.randint(120, 220)} at {brand} Skin",
                f"Private MRI scan within {rng.randint(2, 7)} days, no GP referral needed, "
                f"from {cur}{rng.randint(295, 495)} — {brand} Imaging, {place}",
                f"{rng.randint(150, 600)} people in {place} stopped smoking in a single session "
                f"last year. Ask {brand} Hypnotherapy how.",
                f"…and that was the end of my back pain, says {name}, after six sessions of "
                f"acupuncture at {brand} Wellness, {place}.",
                f"{brand} Doggy Daycare: picked up in the morning, walked in the woods, home by "
                f"six and tired out. {cur}{rng.randint(22, 35)} a day.",
                f"Heated chalets with a garden view for your cat while you're away — {brand} "
                f"Cattery, {place}, {cur}{rng.randint(11, 18)} a night",
                f"Your dog, painted in oils from a photograph: A3 portrait {cur}"
                f"{rng.randint(180, 350)}, framed and posted in {rng.randint(3, 6)} weeks by "
                f"{brand} Portraits",
                f"Wheel-throwing for beginners, six evenings, clay and firing included, {cur}"
                f"{rng.randint(160, 240)} at {brand} Pottery, {place}",
                f"Ever wanted to dance like they do on the telly? Ballroom and Latin for "
                f"couples, {cur}{rng.randint(9, 15)} a class at the {brand} Dance Academy",
                f"Day tickets on {rng.randint(3, 7)} spring-fed lakes, carp to "
                f"{rng.randint(30, 45)}lb, {cur}{rng.randint(10, 20)} — {brand} Fisheries, {place}",
                f"The {brand} X{rng.randint(2, 9)} metal detector with waterproof coil and "
                f"pinpointer, {cur}{rng.randint(249, 499)}. Detecting rallies monthly near "
                f"{place}.",
                f"A new 1,000-piece jigsaw through your letterbox every month, {cur}"
                f"{rng.randint(12, 18)}.50, pause whenever you like · {brand} Puzzles",
                f"Hot-air balloon flights over {place} at sunrise, {cur}{rng.randint(159, 249)} a "
                f"seat, open-dated vouchers · {brand} Balloons",
                f"Sunday lunch on a steam train: four courses through the {place} hills for {cur}"
                f"{rng.randint(65, 110)} — the {brand} Railway",
                f"Oh yes it is! Jack and the Beanstalk at the {brand} Theatre, {place}, "
                f"{day} December to {rng.randint(2, 12)} January. Seats from {cur}"
                f"{rng.randint(14, 28)}.",
                f"Cut your own Christmas tree at {brand} Farm: Nordmann firs from {cur}"
                f"{rng.randint(35, 60)}, netting and a mince pie included",
                f"WE BUY GOLD · old jewellery, coins, broken chains · paid by weight while you "
                f"wait · {brand} Bullion, {place}",
                f"Need to move quickly? {brand} Homes buys houses in {place} in any condition "
                f"and completes in as little as {rng.randint(7, 28)} days, no estate agent",
                f"Lasting power of attorney arranged at your kitchen table, {cur}"
                f"{rng.randint(295, 595)} for both documents · {brand} Legal",
                f"Meet-and-greet parking at {place} Airport, {rng.randint(7, 14)} days from "
                f"{cur}{rng.randint(69, 129)}: hand over the keys at the terminal. {brand} Parking",
                f"Self-drive {trip}, {rng.randint(9, 16)} nights with handpicked lodges and a "
                f"4x4, from {cur}{rng.randint(2400, 5900):,} per person · {brand} Journeys",
                f"A fall, a press of the pendant, and a calm voice in the room within seconds: "
                f"{brand} personal alarms, {cur}{rng.randint(4, 7)}.{rng.randint(10, 99)} a week",
                f"{goods.capitalize()} from {brand}, {place}: see them in the showroom, open "
                f"till 8 on {weekday}s",
                f"Christmas hampers packed in {place} — farmhouse cheeses, chutney, fruit cake "
                f"and port, {cur}{rng.randint(55, 140)} delivered. Last orders {day} November.",
                f"MOT {cur}{rng.randint(35, 54)}.{rng.choice((85, 95))} while you wait, and we "
                f"ring before any repair · {brand} Motors, {phone}",
                f"Is your name on a number plate? Search {rng.randint(30, 60)} million "
                f"registrations at {slug}plates.example",
                f"We're hiring school crossing patrol officers in {place}: term-time, "
                f"{rng.randint(5, 10)} hours a week, {cur}{rng.randint(11, 13)}."
                f"{rng.randint(10, 99)} an hour",
                f"Looking for a {service} in {place}? {brand} has {rng.randint(120, 900)} "
                f"reviews and answers the phone on Sundays: {phone}",
                f"{rng.choice(_ACTS_L)} · {place} Guildhall · {weekday} {day} {month} · doors "
                f"7pm · {cur}{rng.randint(15, 32)}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Реклама. Рекламодатель ООО «{brand}», ИНН {rng.randint(10**9, 10**10 - 1)}. "
                f"erid: {_from(rng, _BASE58, 10)}",
                f"На правах реклами · {brand}",
                f"이 기사는 {brand}의 협찬을 받아 작성되었습니다.",
                f"推广 | {brand}",
                f"Χορηγούμενο περιεχόμενο από {brand}",
                f"בשיתוף {brand}",
                f"Nội dung do {brand} tài trợ",
                f"This story first appeared in the {site} and is republished under a "
                f"content-sharing agreement with {brand} Media.",
                f"{name} {other} is a Local Democracy Reporter, a post funded by {brand} and "
                "shared with newsrooms across the region.",
                f"This investigation was crowdfunded: {rng.randint(300, 4000):,} readers backed "
                f"it on {brand}, and none of them had a say in what we found.",
                f"Supported by the {brand} News Initiative's fund for local {topic} reporting.",
                f"Market data provided by {brand} Exchange Services; prices delayed by at "
                "least 15 minutes.",
                f"Listings and valuations on this page are supplied by {brand}, our property "
                "partner.",
                f"Medically reviewed by {brand} Health, which funds the {site} {topic} hub.",
                f"© {year} {brand} Features Syndicate. Distributed by {other} Media.",
                f"The {site} is owned by {brand} Group, whose {other} subsidiary is mentioned in "
                "this article.",
                f"Paid Notice: Deaths · {other.upper()}, {name}",
                f"This public notice is published at the request of {brand} Ltd under the Town "
                "and Country Planning Act and paid for by the applicant.",
                f"Recruitment feature · {brand} Careers",
                f"Every pound given to our {topic} appeal before {day} {month} will be matched "
                f"by {brand}.",
                f"Community partner of the {site} Food Bank Drive: {brand}",
                f"{brand} is the {site}'s charity of the year; a share of every subscription "
                "goes to it.",
                f"The reviewer's tickets were complimentary, provided by {brand} Theatres.",
                f"{brand} checked this piece for factual accuracy before publication but did not "
                "approve it.",
                f"Sponsored results for “{goods}” · {brand} · {other}",
                f"Boosted post · {brand} paid to show you this",
                f"The {site} {topic} podcast is distributed by {brand} Audio, which sells its "
                "adverts.",
                f"The translation of this series was supported by the {brand} Institute.",
                f"{name} {other}'s reporting from {trip} was paid for by a {brand} travel bursary.",
                f"{brand} Ventures, an investor in the {site}, has no role in editorial decisions.",
                f"{name} is a paid ambassador for {brand}.",
                f"Industry Voices · Written by {name} {other}, chief executive of {brand}",
                f"…with thanks to {brand}, without whom this supplement would not have been "
                "possible.",
                f"Vouchers on this page come from {brand} Codes; the {site} earns a share each "
                "time one is used.",
                f"Konten ini merupakan hasil kerja sama dengan {brand}",
                f"Supported By {brand} · {rng.choice(_ACTS_L)} Tour {year}",
            ]
        )
    if category == "injected_spam":
        amount = rng.randint(200, 900)
        return rng.choice(
            [
                *_FOREIGN_L,
                f"{brand} Energy: your electricity supply will be disconnected today at "
                f"{rng.randint(2, 5)}pm for an unpaid balance of {cur}{amount}."
                f"{rng.randint(10, 99)}. Call the disconnection department on {phone} to stop it.",
                f"DOMAIN EXPIRATION NOTICE for {handle}.example: search-engine submission "
                f"expires {day} {month}. Renew the listing for {cur}{rng.randint(65, 95)} at "
                f"{slug}-domains.example",
                f"This is the {place} Sheriff's Office. A warrant has been issued for missed "
                f"jury service. Pay the {cur}{rng.randint(500, 1500):,} bond by gift card today "
                "to avoid arrest.",
                f"Your order of an iPhone 16 Pro for {cur}{rng.randint(999, 1399):,} has been "
                f"dispatched. If you did not place this order call {brand} Support on {phone}",
                f"Move your 401(k) into physical gold before the crash: {brand} Precious "
                f"Metals ships bars to your door. Get the guide at {slug}gold.example",
                f"Duty-free cigarettes and hand-rolling tobacco, {rng.randint(5, 10)} cartons "
                f"delivered discreetly, {cur}{rng.randint(25, 35)} a carton, message {phone}",
                f"Independent companions in {place}, incalls and outcalls 24/7, genuine photos, "
                f"see the gallery at {slug}-vip.example",
                f"THC gummies and vape carts posted in plain packaging, next-day tracked, "
                f"{rng.randint(10, 30)}% off the first order at {slug}-greens.example",
                f"Hello, you've been involved in an accident that wasn't your fault and may be "
                f"entitled to {cur}{rng.randint(3, 9)},{rng.randint(100, 999)}. Reply YES to "
                "claim.",
                f"Try {brand} Keto Burn for just the postage! (then {cur}{rng.randint(79, 99)}"
                f".95 every {rng.randint(14, 30)} days, cancel by phone only)",
                f"Congratulations! You have been selected for our {year} customer survey. "
                f"Answer {rng.randint(3, 5)} questions and claim your reward at "
                f"{slug}-survey.example",
                f"hi sorry, I sent you a {rng.randint(5, 6)}-digit code by mistake, can you "
                "forward it back to me? it's urgent",
                f"lol is this you in this video?? 😳 {slug}-clip.example/v/"
                f"{_from(rng, _ALNUM_LOWER, 8)}",
                f"Forward this to {rng.randint(7, 12)} people in the next hour and your wish "
                "will come true. Ignore it and expect seven years of bad luck.",
            ]
        )
    if category == "junk_token":
        words = rng.sample(_SLUG_WORDS_L, 2)
        secs = rng.randint(1_700_000_000, 1_800_000_000)
        upper = string.ascii_uppercase + string.digits
        return rng.choice(
            [
                f"-----BEGIN PGP SIGNATURE----- iQEzBAEBCAAdFiEE{_blob(rng, 60)} "
                f"={_blob(rng, 4)} -----END PGP SIGNATURE-----",
                f"GB{rng.randint(10, 99)} {_from(rng, string.ascii_uppercase, 4)} "
                + " ".join(str(rng.randint(1000, 9999)) for _ in range(3))
                + f" {rng.randint(10, 99)}",
                _ean13(rng),
                f"SKU: {slug[:3].upper()}-{rng.randint(10000, 99999)}-"
                f"{rng.choice(('BLK', 'GRN', 'NAT', 'OAK'))}",
                f"VIN {_from(rng, _VIN, 17)}",
                f"http://{_from(rng, _BASE32_LOWER, 55)}d.onion/",
                f"lnbc{rng.randint(1, 900)}u1p{_from(rng, _BECH32, 180)}",
                f"geohash:{_from(rng, _GEOHASH, 9)}",
                f"server-timing: cdn-cache; desc=HIT, edge; dur={rng.randint(1, 40)}, origin; "
                f"dur={rng.randint(50, 900)}",
                f"X-Varnish: {rng.randint(10**8, 10**9)} {rng.randint(10**8, 10**9)} Age: "
                f"{rng.randint(0, 3600)} Via: 1.1 varnish (Varnish/6.0)",
                f"chrome-extension://{_from(rng, 'abcdefghijklmnop', 32)}/content/inject.js",
                f"?token=EC-{_from(rng, upper, 17)}&PayerID={_from(rng, upper, 13)}",
                f"https://apps.apple.com/gb/app/{handle}/id{rng.randint(10**9, 2 * 10**9)}"
                f"?pt={rng.randint(10**5, 10**6)}&ct={words[0]}-inline&mt=8",
                f"https://play.google.com/store/apps/details?id=com.{handle}.news&referrer="
                f"utm_source%3D{handle}%26utm_medium%3Darticle",
                f"https://go.skimresources.com/?id={rng.randint(10000, 99999)}X"
                f"{rng.randint(10**6, 10**7)}&xs=1&url=https%3A%2F%2F{slug}.example%2Fp%2F"
                f"{rng.randint(1000, 99999)}",
                f"?ScCid={_uuid4(rng)}&sc_src=snap_ads",
                f"?smid={handle}-android-share&referringSource=articleShare",
                f"?CMP=share_btn_{rng.choice(('wa', 'tw', 'fb', 'link', 'bsky'))}",
                f"?at_medium=custom7&at_campaign={rng.randint(10, 99)}&at_custom1={words[0]}",
                f"ns_mchannel=social&ns_source=facebook&ns_campaign={handle}&ns_linkname="
                f"{words[1]}",
                f"?oly_enc_id={rng.randint(1000, 9999)}{_from(rng, string.ascii_uppercase, 7)}"
                f"&oly_anon_id={_uuid4(rng)}",
                f"https://dts.podtrac.com/redirect.mp3/chrt.fm/track/{_from(rng, upper, 6)}/"
                f"traffic.megaphone.fm/{_from(rng, string.ascii_uppercase, 10)}"
                f"{rng.randint(10**9, 10**10)}.mp3?updated={secs}",
                f"https://stream.mux.com/{_from(rng, _BASE62, 44)}.m3u8",
                f"https://i.ytimg.com/vi/{_nanoid(rng, 11)}/maxresdefault.jpg",
                f"https://cdn.discordapp.com/attachments/{rng.randint(10**17, 10**18)}/"
                f"{rng.randint(10**17, 10**18)}/image0.jpg?ex={_short_hex(rng, 8)}&is="
                f"{_short_hex(rng, 8)}&hm={_hex(rng, 64)}&",
                f"https://hooks.slack.com/services/T{_from(rng, upper, 8)}/B"
                f"{_from(rng, upper, 10)}/{_from(rng, _BASE62, 24)}",
                f"https://news.google.com/rss/articles/CBMi{_nanoid(rng, 96)}?oc=5",
                f"https://www.bing.com/ck/a?!&&p={_hex(rng, 64)}JmltdHM9{secs}&ptn=3&ver=2&hsh=4"
                f"&fclid={_uuid4(rng)}&ntb=1",
                f"https://duckduckgo.com/l/?uddg=https%3A%2F%2F{handle}.example%2F{words[0]}-"
                f"{words[1]}&rut={_hex(rng, 64)}",
                f"https://archive.ph/{_from(rng, _BASE62, 5)}",
                f"https://we.tl/t-{_from(rng, _BASE62, 10)}",
                f"https://www.icloud.com/iclouddrive/0{_from(rng, _ALNUM_LOWER, 24)}#"
                f"{words[0]}_{words[1]}",
                "https://mail.google.com/mail/u/0/#inbox/FMfcgz"
                + _from(rng, string.ascii_letters, 26),
                f"https://ik.imagekit.io/{handle}/tr:w-{rng.choice((400, 800, 1200))},h-"
                f"{rng.choice((300, 450, 675))},fo-auto/{words[0]}_{_short_hex(rng, 6)}.jpg",
                f"/images/{words[1]}.jpg?imwidth={rng.choice((480, 960, 1440))}&impolicy="
                "website&imdensity=1",
                rng.choice(
                    ("TKTKTK", "TK TK TK (add figure)", "XXXX CHECK NAME XXXX", "[[HED TK]]")
                ),
                f"tag:{handle}.example,{year}-{month_no:02d}-{day:02d}:/{words[0]}/"
                f"{rng.randint(1000, 99999)}",
            ]
        )
    if category == "markup_residue":
        words = rng.sample(_SLUG_WORDS_L, 2)
        user = rng.choice(_USERS_L)
        start = rng.randint(1, 50)
        return rng.choice(
            [
                f'Warning: Undefined array key "credit" in /var/www/html/wp-content/themes/'
                f"{handle}/single.php on line {rng.randint(20, 400)}",
                '<tiles:insertAttribute name="body" />',
                '<s:property value="story.headline" escapeHtml="false"/>',
                '<asp:Label ID="lblByline" runat="server" CssClass="byline"></asp:Label>',
                "{template .byline}{$author} · {$published}{/template}",
                '#for $story in $related: <a href="$story.url">$story.title</a> #end for',
                '<div data-controller="paywall" data-action="scroll@window->paywall#check" '
                f'data-paywall-limit-value="{rng.randint(2, 5)}">',
                '<button _="on click toggle .is-open on #share-menu">Share</button>',
                f'[{{"type": "paragraph", "value": "<p>", "id": "{_uuid4(rng)}"}}, '
                f'{{"type": "image", "value": {rng.randint(100, 9999)}}}]',
                f"{{{{insert_content::{rng.randint(10, 999)}}}}} "
                f"{{{{link_url::{rng.randint(10, 999)}}}}}",
                "{hook h='displayFooterProduct' product=$product}",
                '<lj-cut text="Read the rest">',
                "<!-- IF S_USER_LOGGED_IN --><!-- ELSE --><!-- ENDIF -->",
                f"TY  - NEWS AU  - {other}, {name} T1  - {words[0].title()} PY  - {year} ER  -",
                f'<text:p text:style-name="P{rng.randint(1, 40)}"><text:span text:style-name="T1">',
                "<ParaStyle:Body Text><CharStyle:Bold>",
                rng.choice(("@Standfirst:<*L>", "@Body Copy:<*J>", "@Crosshead:<B>")),
                f'<iframe title="{topic} dashboard" width="600" height="373.5" '
                f'src="https://app.powerbi.com/view?r=eyJrIjoi{_from(rng, _BASE62, 40)}" '
                'frameborder="0" allowFullScreen="true"></iframe>',
                f'<iframe src="https://storymaps.arcgis.com/stories/{_hex(rng, 32)}" '
                'width="100%" height="500px" allowfullscreen allow="geolocation"></iframe>',
                f'<div class="sketchfab-embed-wrapper"><iframe title="{words[0].title()}" '
                f'src="https://sketchfab.com/models/{_hex(rng, 32)}/embed">',
                '<iframe style="border: 0; width: 350px; height: 470px;" src="https://bandcamp.'
                f"com/EmbeddedPlayer/album={rng.randint(10**8, 10**10)}/size=large/bgcol=ffffff/"
                'linkcol=0687f5/tracklist=false/transparent=true/" seamless></iframe>',
                f'<iframe src="https://omny.fm/shows/{handle}/{words[0]}-{words[1]}/embed" '
                'width="100%" height="180" allow="autoplay; clipboard-write"></iframe>',
                'Coral.createStreamEmbed({ id: "coral_thread", autoRender: true, rootURL: '
                f'"https://comments.{handle}.example" }});',
                f'<div data-spotim-module="conversation" data-post-id="{rng.randint(10**5, 10**7)}"'
                "></div>",
                "<!-- Ezoic - under_first_paragraph - under_first_paragraph --><div id="
                f'"ezoic-pub-ad-placeholder-{rng.randint(100, 199)}"></div><!-- End Ezoic -->',
                '<div class="adthrive-ad adthrive-content adthrive-content-1" '
                f'data-google-query-id="{_nanoid(rng, 26)}">',
                '<template shadowrootmode="open"><slot name="byline"></slot></template>',
                '<span property="schema:author" typeof="Person"><span property="schema:name">'
                f"{name} {other}</span></span>",
                f"<url><loc>https://{handle}.example/{words[0]}-{words[1]}</loc><lastmod>{year}-"
                f"{month_no:02d}-{day:02d}</lastmod><changefreq>daily</changefreq></url>",
                "query ArticlePage($slug: String!) { article(slug: $slug) { headline byline "
                "{ name } } }",
                "<!--[--><!--[--><!--]--><!--]-->",
                "@include mq($from: tablet) { .story__aside { float: right; } }",
                "[firstname,fallback=Reader] <unsubscribe>Unsubscribe</unsubscribe>",
                '<speak><p><s>Good morning.</s></p><break time="500ms"/></speak>',
                f'<VAST version="4.1"><Ad id="{rng.randint(10**5, 10**7)}"><InLine><AdSystem>'
                "GAM</AdSystem>",
                f'<p begin="00:00:{start:02d}.000" end="00:00:{start + 3:02d}.500" '
                'region="bottom">',
                f"<https://{handle}.example/{words[0]}|Read the full story> :newspaper: "
                f"(shared by @{user})",
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Ask our AI assistant anything about this story: it answers from the {site} "
                "archive",
                f"Want to dedicate a song to someone in {place}? Send your request to the {site} "
                f"{weekday} Requests show",
                f"Swap your {site} Rewards points for cinema tickets and garden-centre treats",
                "Got dashcam footage of the crash? Upload it securely here",
                "Put your postcode in to check whether your bin day changes over Christmas",
                "Enter your postcode to see who is standing in your ward",
                "Watch this report with subtitles: press CC on the player",
                "Switch to the easy-read version of this article",
                "Watch this story in British Sign Language",
                f"Find the {site} on Nextdoor and join the conversation in your neighbourhood",
                f"— then add news@{handle}.example to your contacts so the morning briefing "
                "doesn't land in junk.",
                "Change edition: UK · US · Australia · International",
                f"Join {name} on a guided dawn-chorus walk around {place} this {month}",
                f"Dedicate a tree in the {place} memorial wood through our readers' planting "
                "scheme",
                f"Send us a poem about {place} for our Saturday poetry corner",
                "Check fuel prices at the pumps near you on our live map",
                f"See what homes on your street sold for in our {place} house-price tracker",
                "Check how your MP voted on the bill with our searchable tracker",
                "Get an alert when the Northern Lights might be visible where you live",
                "Leave us a voice note: record a question of up to a minute for next week's "
                "episode",
                "Print this recipe · Jump to method",
                f"Read the full judgment (PDF, {rng.randint(12, 140)} pages)",
                "Swipe left for more photos →",
                "Tap the map to open it full screen",
                "Please confirm you are 18 or over to view this content",
                "Turn off your VPN or proxy to keep reading",
                f"Got a library card? Read the {site} digital edition at no cost through your "
                "local library",
                f"Join The {site} Fantasy Football League: Pick Your Squad Before {weekday}'s "
                "Deadline",
                "Predict the scores for this weekend's fixtures in our predictor game",
                f"Show your support: put a {site} poster in your shop window, collect one from "
                "our front office",
                "Could you foster a child? Come to an information evening at County Hall",
                f"Bring outgrown school uniform to our swap shop at {place} library on {weekday}",
                "Knit a poppy for our Remembrance display and drop it in at reception",
                f"so if you can spare an hour on a {weekday} morning, ask at {place} library "
                "about reading with children.",
                "Zapisz sie na nasz newsletter i dostowej wiadōmości kożdy tydziyń",
                "Scrì-te a nosta newsletter y reciev les noeles vigni domenia",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "m": written on 2026-11-24 blind to the detector, like e to l (see the
# module docstring); it was the blind test set until n was written, and its
# misses have since been read (a development set now).  Brands, goods,
# places, trips, services, publications, acts, languages and scripts appear in
# no other style, and no template sentence of another style is reused.  Prices
# follow the place's currency.
_BRANDS_M = (
    "Quorlan",
    "Vessendra",
    "Tamberlow",
    "Ndovu & Pike",
    "Zephrane",
    "Carrowvale",
    "Oyelana",
    "Kinsmere",
    "Pallister & Roe",
    "Sunjari",
)
_GOODS_M = (
    "inverter batteries",
    "gate motors",
    "rice cookers",
    "school shoes",
    "cricket bats",
    "winter tyres",
    "pool fences",
    "electric blankets",
    "dehumidifiers",
    "ceiling fans",
)
_PLACES_M = (
    "Lagos",
    "Pretoria",
    "Pune",
    "Quezon City",
    "Cairns",
    "Kelowna",
    "Waterford",
    "Christchurch",
    "Tampines",
    "Sunderland",
    "Albuquerque",
    "Port Harcourt",
)
_TRIPS_M = ("Sri Lanka", "the Kimberley", "Palawan", "Oman", "Uluru", "the Drakensberg")
_SERVICES_M = (
    "borehole driller",
    "dressmaker",
    "car detailer",
    "wedding caterer",
    "land surveyor",
    "aircon technician",
)
_SITES_M = (
    "Kilbarron Advertiser",
    "Sandleford Times-Star",
    "Okehurst Daily",
    "Pinnacle Valley Voice",
)
_TOPICS_M = ("mining", "hockey", "surfing", "wine", "baseball", "startups", "street food")
_ACTS_M = ("The Tin Roof Saints", "Amara Obi Quartet", "Southerly Buster", "The Monsoon Parade")
_NAMES_M = ("Chidi", "Thandiwe", "Arjun", "Maricel", "Wiremu", "Niamh", "Jun Wei")
_USERS_M = ("chidi_o", "thandi.m", "arjun1987", "maricel_ph", "wiremu.k")
_SLUG_WORDS_M = ("roundabout", "boardwalk", "minibus", "kerbside", "jetty", "township", "overpass")
_CURRENCIES_M = ("₦", "R", "₹", "₱", "S$")
_MONTHS_M = ("January", "March", "May", "July", "September", "November")
_WEEKDAYS_M = ("Tuesday", "Wednesday", "Friday", "Sunday")
# Each place's currency and telephone country code; roughly how many of the
# currency a US dollar buys (prices are drawn in dollars and converted).
_LOCALE_M = {
    "Lagos": ("₦", "234"),
    "Pretoria": ("R", "27"),
    "Pune": ("₹", "91"),
    "Quezon City": ("₱", "63"),
    "Cairns": ("A$", "61"),
    "Kelowna": ("C$", "1"),
    "Waterford": ("€", "353"),
    "Christchurch": ("NZ$", "64"),
    "Tampines": ("S$", "65"),
    "Sunderland": ("£", "44"),
    "Albuquerque": ("$", "1"),
    "Port Harcourt": ("₦", "234"),
}
_RATES_M = {
    "₦": 1600,
    "R": 18,
    "₹": 85,
    "₱": 57,
    "A$": 1.5,
    "C$": 1.4,
    "€": 0.9,
    "NZ$": 1.7,
    "S$": 1.35,
    "£": 0.8,
    "$": 1,
}
# Languages no other style uses: Piedmontese, Romagnol, Aromanian, North
# Frisian, Jèrriais, Samogitian, Karelian, Komi, Meadow Mari, Erzya, Avar,
# Kapampangan, Pangasinan, Acehnese, Sango, Bemba, Northern Ndebele, Efik and
# Konkani, and Rohingya in Hanifi Rohingya, Chakma in the Chakma script and
# Limbu in the Limbu script (three scripts no other style uses; those three
# lines, and most of the others, are approximate).
_FOREIGN_M = (
    "Guadagné dij sòld da ca vòstra tuti ij di, iscriveve ancheuj",
    "Zughè a e' casinò in linea e vinzì sóbit, e' bonus l'è par tot",
    "Cumpãrats azã cu giumitati di pãhã, pitricerea nu custã tsiva",
    "Fertiine jil fan hüs ütj arken dai, mialde di daalang uun",
    "Achetez achteu et êpargnez la mitan, l'envyi est pour rein",
    "Pėrkiet šiandėin ė gaukiet poosė kainuos, pristatīms nemuokams",
    "Osta tänäpäi da suat puolen hinnal, työndö on ilmaine",
    "Босьт талун да мынт джынйыс, ыстöм мездлунтöм",
    "Кызыт налза да пелак акым тӱлö, колтымаш яра",
    "Рамак течи ды пандт пелензэ, кучомазо яла",
    "Жакъа босе ва бащалъи багьа кьезе, битIи гьечIого",
    "Mamasa kang pilak king bale mu aldo-aldo, magpalista ka ngeni",
    "Manalo ka na pilak diad abong mo ed amin ya agew, manpalista ka natan",
    "Meuen judi online jinoe, meunang lê peng tiep uroe, daftar sigra",
    "Wara nginza na da ti mo lâ oko oko, sû iri ti mo laso",
    "Shitapo lelo ubwelelemo ubukulu, tukatuma ukwabula ukulipila",
    "Thenga lamuhla ubone isaphulelo esikhulu, ukuthunyelwa kumahala",
    "Bọ okụk ke ufọk fo kpukpru usen, wet enyịn̄ fo mfịn",
    "आयज विकतें घेयात आनी अर्दे दरान मेळयात, धाडप फुकट",
    "𐴈𐴞𐴌𐴝 𐴑𐴝𐴔𐴝𐴢 𐴁𐴞𐴍𐴝𐴖 𐴒𐴟𐴓𐴝 𐴓𐴠𐴕𐴝 𐴅𐴝𐴇𐴝𐴘𐴞",
    "𑄦𑄨𑄣𑄳 𑄇𑄧𑄢𑄳 𑄥𑄧𑄢𑄨 𑄣𑄧𑄇𑄳𑄥𑄳 𑄑𑄇𑄬 𑄃𑄇𑄳𑄚𑄨 𑄣𑄨𑄇𑄧𑄖𑅁",
    "ᤐᤠᤘᤡ ᤀᤠᤏᤡ ᤓᤧᤗᤠᤰ ᤋᤢᤛᤠ ᤐᤣᤘᤠᤳ ᤔᤠᤗᤡ ᥄",
)

_VOCABULARY_M = (
    _BRANDS_M,
    _GOODS_M,
    _PLACES_M,
    _TRIPS_M,
    _SITES_M,
    _CURRENCIES_M,
    _MONTHS_M,
    _WEEKDAYS_M,
    _TOPICS_M,
)


def _price_in(rates: dict, rng: random.Random, cur: str, low: float, high: float) -> str:
    # A price between ``low`` and ``high`` US dollars in ``cur`` (``rates``: units
    # per dollar), to two significant figures.
    value = rng.uniform(low, high) * rates[cur]
    places = max(len(str(int(value))) - 2, 0)
    return f"{cur}{int(round(value, -places)):,}"


def _price_m(rng: random.Random, cur: str, low: float, high: float) -> str:
    return _price_in(_RATES_M, rng, cur, low, high)


def _phone_m(rng: random.Random, dial: str) -> str:
    # A mobile or local number written the way it is in the place (country code ``dial``).
    n3, n4 = rng.randint(100, 999), rng.randint(1000, 9999)
    return {
        "234": f"0{rng.choice((803, 806, 813, 816, 903))} {n3} {n4}",
        "27": f"0{rng.choice((72, 82, 83, 61))} {n3} {n4}",
        "91": f"+91 {rng.randint(70000, 99999)} {rng.randint(10000, 99999)}",
        "63": f"0917 {n3} {n4}",
        "61": f"04{rng.randint(10, 99)} {n3} {rng.randint(100, 999)}",
        "1": f"({rng.randint(201, 989)}) {n3}-{n4}",
        "353": f"08{rng.choice('3567')} {n3} {n4}",
        "64": f"021 {n3} {n4}",
        "65": f"{rng.choice('89')}{n3} {n4}",
        "44": f"07{n3} {rng.randint(100000, 999999)}",
    }[dial]


def _luhn(digits: str) -> str:
    # ``digits`` and its Luhn check digit (IMEI and card numbers).
    total = 0
    for i, d in enumerate(reversed(digits)):
        v = int(d) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return digits + str(-total % 10)


def _line_m(rng: random.Random, category: str) -> str:
    drawn = _local_draws(rng, _VOCABULARY_M, _LOCALE_M, _NAMES_M, _ACTS_M, _SERVICES_M, _phone_m)
    brand, other, goods, place, trip, site, month, weekday, topic, slug, handle = drawn[:11]
    cur, dial, name, act, service, year, day, month_no, tel = drawn[11:]

    def price(low: float, high: float) -> str:
        return _price_m(rng, cur, low, high)

    if category == "ad":
        return rng.choice(
            [
                f"NEPA took light again? {brand} 5kVA inverter with two lithium batteries, "
                f"installed in {rng.choice(('Lekki', 'Ikeja', 'Surulere', 'Yaba'))} from ₦"
                f"{rng.randint(18, 32) * 100_000:,}. Call {_phone_m(rng, '234')}",
                f"Load-shedding stage {rng.randint(2, 6)} again? Gate motors with backup "
                f"batteries fitted the same week in {rng.choice(('Centurion', 'Midrand'))} by "
                f"{brand} — R{rng.randint(45, 95) * 100:,}",
                f"JEE Main {year} crash batch starts {day} {month} at {brand} Classes, "
                f"{rng.choice(('Kota', 'Pune', 'Patna'))}: {rng.randint(60, 120)} days, "
                f"{rng.randint(12, 40)} mock tests, fee ₹{rng.randint(35, 90) * 1000:,}",
                f"{brand} Matrimony · verified profiles of doctors, engineers and CAs from "
                f"{rng.choice(('Kerala', 'Gujarat', 'Punjab', 'Tamil Nadu'))} · register with "
                "your mobile number",
                f"New launch beside {rng.choice(('Tampines', 'Bedok', 'Jurong East'))} MRT: "
                f"{brand} Residences, 99-year leasehold, 3-bedders from S$"
                f"{rng.randint(16, 26) * 100_000:,}. Show flat open daily.",
                f"Rent-to-own house and lot in {rng.choice(('Cavite', 'Laguna', 'Bulacan'))}, ₱"
                f"{rng.randint(9, 25) * 1000:,} monthly, no DP! Message {brand} Realty on "
                "Messenger",
                f"Is your pool fence compliant? {brand} inspections in {place}, certificate "
                f"issued on the day, {price(120, 220)}",
                f"Winter tires mounted and balanced, and your summer set stored till April — "
                f"{brand} Auto, {place}, {tel}",
                f"Attic conversion with a Velux and a proper stairs, done in "
                f"{rng.randint(3, 5)} weeks — {brand} Attics, "
                f"{rng.choice(('Waterford', 'Wexford', 'Tralee', 'Athlone'))}",
                f"Turning 65 in {month}? Compare Medicare Advantage plans in "
                f"{rng.choice(('Albuquerque', 'Tucson', 'Omaha'))} with a licensed {brand} "
                f"agent — call {_phone_m(rng, '1')}, TTY 711",
                f"Struggling with the bath? We'll turn it into a level-access wet room in "
                f"{rng.randint(3, 5)} days. {brand} Bathrooms, {place}",
                "Healthy Homes assessment for your rental in "
                f"{rng.choice(('Christchurch', 'Hamilton', 'Palmerston North'))}, report "
                f"within {rng.randint(2, 5)} working days, {_price_m(rng, 'NZ$', 150, 260)} + "
                f"GST · {brand}",
                f"English willow cricket bats, knocked in and ready to play, {price(120, 400)} "
                f"— {brand} Cricket, {place}",
                f"Back to school: {brand} school shoes measured and fitted by hand, "
                f"{price(50, 90)} a pair",
                f"{brand} 1.8L rice cookers now {price(25, 45)} at all {place} branches, "
                f"this {weekday} only",
                f"Aircon chemical wash at {price(40, 70)} per unit, {brand} Aircon Services, "
                f"Tampines · WhatsApp {_phone_m(rng, '65')}",
                f"Damp washing all winter? The {brand} {rng.randint(12, 20)}-litre dehumidifier "
                f"dries a load overnight for about {rng.randint(8, 15)}c of power",
                f"Electric Blankets With Dual Controls, Machine Washable, {price(60, 140)} At "
                f"{brand}",
                f"Boreholes drilled and equipped in "
                f"{rng.choice(('Pretoria East', 'Centurion', 'Hartbeespoort'))}: water in "
                f"{rng.randint(2, 4)} days, R{rng.randint(60, 120) * 1000:,} · {brand} Drilling",
                f"…so I took the agbada to {brand} Stitches in "
                f"{rng.choice(('Surulere', 'Wuse II', 'GRA Phase 2'))} and they had it ready "
                "for the wedding in three days.",
                f"Ceramic coating and a full interior valet at your home in {place}, from "
                f"{price(200, 450)} — {brand} Detailing",
                f"Jollof for 300 guests? {brand} Catering does weddings, owambe and naming "
                f"ceremonies across Lagos and Abuja. Call {_phone_m(rng, '234')}",
                f"Land surveys, C of O processing and site plans in "
                f"{rng.choice(('Abuja', 'Port Harcourt', 'Ibadan'))} — {brand} & Associates, "
                "registered surveyors",
                f"{rng.randint(10, 50)}GB for ₱{rng.randint(9, 30) * 10} on {brand} Prepaid, "
                f"valid {rng.randint(7, 30)} days — dial *{rng.randint(100, 999)}#",
                f"Send money home with {brand} Remit: ₱{rng.randint(55, 58)}."
                f"{rng.randint(10, 99)} to the dollar, cash pick-up at "
                f"{rng.randint(3000, 9000):,} outlets across the Philippines",
                f"Guitar, ukulele and bass lessons for all ages in {place} — {brand} Music, "
                f"{price(25, 45)} a half-hour",
                f"Which {service} in {place} turns up when they say they will? {brand} lists "
                f"{rng.randint(40, 300)} of them, with the prices they charged your neighbours",
                f"Drone operator certificate in two days: {brand} Drone Academy runs courses in "
                f"{place} every month, {price(500, 900)}",
                f"Knotless braids, cornrows and a locs retwist in {place} · book a chair with "
                f"{brand} Hair, from {price(40, 120)}",
                f"Trampoline park parties for up to {rng.randint(10, 25)} kids with food and "
                f"grip socks, {price(180, 320)} — {brand} Jump, {place}",
                f"Sekelbos braai wood, {rng.randint(10, 30)} bags delivered in Pretoria for R"
                f"{rng.randint(8, 20) * 100:,}, {_phone_m(rng, '27')}",
                f"Still paying {price(40, 70)} a month for a membership you never use? {brand} "
                f"Run Club meets in {place} every {weekday} at 6am.",
                f"The Only Ceiling Fan Quiet Enough For A Baby's Room — {brand}",
                f"{brand} ceiling fans · {rng.randint(3, 5)} blades · DC motor · "
                f"{rng.randint(5, 10)}-year warranty",
                f"Chicken rice, laksa and char kway teow from {rng.randint(20, 60)} hawker "
                f"stalls in Tampines, delivered. Order on the {brand} app",
                f"{rng.randint(2, 9)},{rng.randint(100, 999)} homeowners in {place} moved their "
                f"{goods} order to {brand} this year. Here's what they pay now.",
                f"Just announced: {act} play {place} on {day} {month}. Tickets go live "
                f"{weekday} at 10am.",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Co-powered by {brand} · Associate partner: {other}",
                f"Principal partner of the {place} {rng.choice(('Tigers', 'Hawks', 'Sharks'))}: "
                f"{brand}",
                f"Paid for by {other} for Senate. Not authorized by any candidate or "
                "candidate's committee.",
                f"This is a Brand Desk article by {brand}; the {site} takes no editorial "
                "responsibility for its content.",
                f"Disclosure: {name} {other}'s partner works in communications for {brand}.",
                f"Today's episode is supported by listeners like you — and by {brand}, who want "
                f"you to know about their {goods}.",
                f"The {site} {topic} bulletin, in partnership with {brand}",
                f"Made with the support of the {place} Public Interest Journalism Fund, "
                f"administered by {brand}.",
                f"Opinions expressed by {brand} contributors are their own.",
                "Contains ads · In-app purchases",
                f"{brand} @{slug} · Ad",
                f"{brand} is a client of {other} PR, which arranged this interview.",
                f"{name} {other} received an honorarium from {brand} for this essay.",
                f"{name} {other} has a consulting retainer with {brand}, whose {goods} are "
                "discussed below.",
                f"The study was paid for by {brand}, which makes {goods}; the researchers say "
                "it had no say in the findings.",
                f"This financial promotion was approved by {brand} Capital Ltd, authorised and "
                f"regulated by the Financial Conduct Authority (FRN {rng.randint(100000, 999999)})",
                f"The {site} is the official media partner of the {place} Marathon {year}.",
                f"{brand} paid the {site} to publish this list; the {site} chose the order.",
                f"Rates and products in this table are supplied by {brand}, which pays the "
                f"{site} a fee when a reader applies.",
                f"Advertiser-funded programme. {brand} had no say over the editorial content.",
                f"This page's {topic} coverage is underpinned by a three-year agreement with "
                f"{brand}.",
                f"— and thanks, as ever, to {brand}, whose support keeps this column free to read.",
                f"{name} {other} travelled to {trip} as a guest of {brand} Airways' frequent "
                "flyer programme; they did not review this piece.",
                f"This segment comes to you in association with {brand} {goods.title()}",
                f"Ad · {brand} · {rng.randint(2, 7)} of {rng.randint(8, 12)}",
                f"{brand} bought this space. Nothing in it was written by the {site}.",
                f"Note: {other} Holdings, {brand}'s parent, owns a minority stake in the {site}.",
                f"This Q&A was conducted by {brand}'s in-house team and supplied to the {site}.",
                f"{brand} is paying for {name}'s {rng.randint(6, 12)}-month residency at the "
                f"{site}; it does not edit {name}'s work.",
                f"Prize money for the {site} {topic} awards is put up by {brand}.",
                f"A {brand} promotion · Conditions at {slug}.example/terms",
                f"प्रायोजित सामग्री · {brand}",
                f"Hatid sa inyo ng {brand}",
                f"Kandungan berbayar oleh {brand}",
                f"Maudhui haya yamelipiwa na {brand}",
                f"บทความนี้ได้รับการสนับสนุนจาก {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(
            [
                *_FOREIGN_M,
                f"Kalyan Matka fix game today 100% pass, single jodi {rng.randint(10, 99)}, "
                f"call {name} bhai {_phone_m(rng, '91')}",
                f"E-sabong live 24/7! Bet on every laban from your phone, cash-in via GCash, ₱"
                f"{rng.randint(1, 5) * 100} bonus on your first load",
                f"Dear {brand} Bank customer, your account will be blocked today. Please update "
                f"your PAN and Aadhaar KYC at {slug}-kyc.example",
                f"DR {name.upper()} TRADITIONAL HEALER: bring back lost lover in 24 hours, win "
                f"court cases, job promotion, manhood enlargement, lotto numbers. "
                f"{_phone_m(rng, '27')}",
                f"Nos cream chargers 24/7 delivery across {place}, {rng.randint(2, 10)} x 640g "
                f"tanks, balloons included, text {tel}",
                f"Invest ₦{rng.randint(2, 20) * 50_000:,} in our "
                f"{rng.choice(('poultry', 'cassava', 'catfish'))} farm cycle and earn "
                f"{rng.randint(25, 45)}% ROI in {rng.randint(3, 6)} months. Limited slots, DM "
                f"{brand} Agro",
                f"RAY-BAN SUNGLASSES CLEARANCE 90% OFF, only {cur}19.99 today, the shop is "
                f"closing down: {slug}-eyewear.example",
                f"PARKING NOTICE: this meter is out of order. Scan the QR code to pay "
                f"{price(3, 8)} and avoid a penalty — {slug}-parkpay.example",
                f"{place} Traffic: your vehicle was recorded speeding on {day}/{month_no}. Pay "
                f"the {price(80, 200)} penalty within 48 hours at {slug}-fines.example",
                f"Fast cash loan S${rng.randint(1, 9)},000 approve in 1 hour, no need CPF "
                f"statement, WhatsApp Ah {name} {_phone_m(rng, '65')}",
                f"All the leaked OnlyFans packs of your favourite creators, "
                f"{rng.randint(200, 900)}GB, updated daily: {slug}-leaks.example",
                f"Umrah package {year}: 14 nights, 5-star hotel near the Haram, visa and "
                f"flights, only {price(900, 1400)}. Pay the deposit by bank transfer to "
                f"secure your seat. {tel}",
                f"URGENT: we buy kidney for {price(50_000, 300_000)}, the hospital covers all "
                f"travel costs, contact Dr {other} on WhatsApp",
                f"Start cloud mining with only $50 — our AI miners pay {rng.randint(2, 5)}% "
                f"daily, withdraw any time. {slug}-hash.example",
                f"Psychic {name} sees your future: first 3 minutes {cur}1, then {cur}1.50 a "
                f"minute. Call {tel}",
            ]
        )
    if category == "junk_token":
        words = rng.sample(_SLUG_WORDS_M, 2)
        upper = string.ascii_uppercase + string.digits
        return rng.choice(
            [
                f"IMEI {_luhn(str(rng.randint(35 * 10**12, 36 * 10**12 - 1)))}",
                f"doi:10.{rng.randint(1000, 9999)}/{slug}.{year}.{rng.randint(100, 9999)}",
                f"https://orcid.org/0000-000{rng.randint(1, 3)}-{rng.randint(1000, 9999)}-"
                f"{rng.randint(1000, 9999)}",
                f"X-Forwarded-For: 203.0.113.{rng.randint(1, 254)}, 10.{rng.randint(0, 255)}."
                f"{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                ":".join(_short_hex(rng, 2) for _ in range(6)),
                f"•••• •••• •••• {rng.randint(1000, 9999)}",
                f"PNR {_from(rng, string.ascii_uppercase, 6)} · E-TKT "
                f"{rng.randint(100, 999)}-{rng.randint(10**9, 10**10 - 1)}",
                f"{_from(rng, string.ascii_uppercase, 3)}U {rng.randint(100000, 999999)} "
                f"{rng.randint(0, 9)} 45G1",
                f"S{'*' * 4}{rng.randint(100, 999)}{rng.choice(string.ascii_uppercase)}",
                f"UPI Ref No {rng.randint(10**11, 10**12 - 1)} · {name.lower()}"
                f"{rng.randint(1, 99)}@ok{rng.choice(('axis', 'hdfcbank', 'sbi'))}",
                f"{_from(rng, upper, 10)} Confirmed. Ksh{rng.randint(100, 9999):,}.00 sent to "
                f"{name.upper()} {other.upper()}",
                f"Ref No. {rng.randint(1000, 9999)} {rng.randint(100, 999)} "
                f"{rng.randint(100000, 999999)}",
                f"{_from(rng, string.ascii_uppercase, 4)}"
                f"{rng.choice(('GB', 'ZA', 'NG', 'SG', 'IE'))}{_from(rng, upper, 2)}XXX",
                f"ISRC {rng.choice(('GB', 'US', 'AU', 'NZ'))}-{_from(rng, upper, 3)}-"
                f"{year % 100:02d}-{rng.randint(10000, 99999)}",
                f"10.5240/{'-'.join(_short_hex(rng, 4).upper() for _ in range(5))}-"
                f"{rng.choice(string.ascii_uppercase)}",
                f"*/{rng.choice((5, 10, 15, 30))} * * * * /usr/bin/php /var/www/{handle}/cron.php",
                f"https://www-{handle}-example.cdn.ampproject.org/c/s/www.{handle}.example/"
                f"{words[0]}/{words[1]}-{rng.randint(10**5, 10**7)}.amp",
                f"https://apple.news/A{_from(rng, _BASE62, 21)}",
                f"?_r=1&_t={_from(rng, _BASE62, 6)}_{_from(rng, _BASE62, 16)}",
                f"?r={_from(rng, _ALNUM_LOWER, 5)}&utm_campaign=post&utm_medium=web"
                "&showWelcomeOnShare=true",
                "content-security-policy: default-src 'self'; script-src 'nonce-"
                f"{_blob(rng, 22)}' 'strict-dynamic'",
                f"=VLOOKUP(A{rng.randint(2, 99)},Sheet{rng.randint(2, 4)}!A:D,"
                f"{rng.randint(2, 4)},FALSE)",
                f"{rng.uniform(-45, 60):.5f}, {rng.uniform(-120, 175):.5f}",
                f"{rng.choice(('SU', 'NZ', 'TQ', 'NY', 'SK'))} {rng.randint(100, 999)} "
                f"{rng.randint(100, 999)}",
                f"otpauth://totp/{brand.replace(' ', '')}:{name.lower()}?secret="
                f"{_from(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 32)}&issuer={slug}",
                f"webcal://{handle}.example/calendar/{words[0]}.ics",
                f"fb://profile/{rng.randint(10**14, 10**15)}",
                f"tel:+{dial}{rng.randint(10**8, 10**9)}",
                f"sms:+{dial}{rng.randint(10**8, 10**9)}?body={words[0].upper()}%20"
                f"{rng.randint(100, 999)}",
                "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor",
                f"PT{rng.randint(1, 59)}M{rng.randint(1, 59)}S",
                f'Content-Disposition: attachment; filename="{words[0]}_{year}_'
                f'{rng.randint(1, 99):02d}_FINAL_v{rng.randint(2, 9)}.pdf"',
                f"rtmps://live-api-s.facebook.com:443/rtmp/FB-{rng.randint(10**15, 10**16)}-0-"
                f"{_from(rng, _BASE62, 24)}",
                f"0000000 {' '.join(_short_hex(rng, 4) for _ in range(8))}",
                f"$GPGGA,{rng.randint(0, 23):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
                f".00,{rng.randint(1000, 5959)}.{rng.randint(1000, 9999)},S,"
                f"{rng.randint(10000, 17959)}.{rng.randint(1000, 9999)},E,1,08,0.9,"
                f"{rng.randint(5, 300)}.0,M,*{_short_hex(rng, 2).upper()}",
                f"MMSI {rng.choice((235, 503, 512, 563))}{rng.randint(100000, 999999)} · "
                f"ICAO {_short_hex(rng, 6).upper()} · squawk {rng.randint(1000, 7777)}",
            ]
        )
    if category == "markup_residue":
        words = rng.sample(_SLUG_WORDS_M, 2)
        user = rng.choice(_USERS_M)
        start = rng.randint(1, 50)
        return rng.choice(
            [
                "```{admonition} Editor's note",
                "@Html.PropertyFor(m => m.CurrentPage.MainBody)",
                '<liferay-ui:message key="read-more" /> <liferay-util:include page="/html/'
                'common/themes/bottom.jsp" />',
                '<hst:link var="link" hippobean="${document}"/><a href="${link}">',
                "<?php $a = new Area('Main'); $a->display($c); ?>",
                '{"root":{"children":[{"children":[{"detail":0,"format":1,"mode":"normal",'
                f'"style":"","text":"{words[0].title()}","type":"text","version":1}}]',
                f'{{"time":{rng.randint(10**12, 2 * 10**12)},"blocks":[{{"id":"'
                f'{_nanoid(rng, 10)}","type":"paragraph","data":{{"text":"<b>'
                f'{words[1].title()}</b>"}}}}],"version":"2.{rng.randint(22, 30)}.0"}}',
                f'{{"ops":[{{"attributes":{{"bold":true}},"insert":"{words[0].title()}"}},'
                '{"insert":"\\n"}]}',
                '{"type":"doc","content":[{"type":"paragraph","attrs":{"textAlign":"left"},'
                '"content":[{"type":"text","marks":[{"type":"italic"}]',
                '<span data-cke-bookmark="1" style="display:none">&nbsp;</span>',
                '<mj-section background-color="#ffffff"><mj-column><mj-text font-size="16px">',
                '<v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" arcsize="10%" '
                'strokecolor="#1e3650" fill="t">',
                f"Dialogue: 0,0:00:{start:02d}.00,0:00:{start + 4:02d}.50,Default,,0,0,0,,"
                f"{{\\i1}}{words[0].title()}{{\\i0}}",
                f"[00:{start:02d}.{rng.randint(10, 99)}]",
                f"X:1 T:{words[0].title()} Reel M:4/4 L:1/8 K:D |:A2FA dAFA|",
                f"BT /F1 {rng.choice((9, 10, 12))} Tf {rng.randint(50, 90)} "
                f"{rng.randint(600, 760)} Td ({words[0].title()}) Tj ET",
                f'<aside epub:type="footnote" id="fn{rng.randint(1, 40)}">',
                f'<ext-link ext-link-type="uri" xlink:href="https://{handle}.example">',
                f'<newsItem guid="urn:newsml:{handle}.example:{year}{month_no:02d}{day:02d}:'
                f'{rng.randint(10**5, 10**6)}" version="{rng.randint(1, 9)}" standard="NewsML-G2">',
                '{"@context":"https://www.w3.org/ns/activitystreams","type":"Note",'
                f'"attributedTo":"https://social.{handle}.example/users/{user}"',
                f'<div class="tenor-gif-embed" data-postid="{rng.randint(10**7, 10**8)}" '
                'data-share-method="host" data-aspect-ratio="1.33">',
                f'<iframe src="https://streamable.com/e/{_from(rng, _ALNUM_LOWER, 6)}" '
                'frameborder="0" width="100%" height="100%" allowfullscreen></iframe>',
                f'<div id="buzzsprout-player-{rng.randint(10**6, 10**7)}"></div>',
                f"kWidget.embed({{ targetId: 'kaltura_player', wid: '_{rng.randint(10**5, 10**7)}"
                "', uiconf_id: '" + str(rng.randint(10**7, 10**8)) + "' });",
                '<div data-rc-widget data-widget-host="habitat" data-endpoint="//trends.'
                f'revcontent.com" data-widget-id="{rng.randint(10**5, 10**6)}"></div>',
                f'<div class="mv-ad-box" data-slotid="content_{rng.randint(1, 9)}_wrapper">',
                '<div data-zephr-feature="article-paywall"></div>',
                '<meta name="parsely-metadata" content=\'{"section": "'
                f'{topic}", "author": "{name}"}}\'>',
                f'<article class="h-entry"><a class="u-url p-name" href="/{words[0]}">',
                f'<div class="fl-row fl-row-full-width fl-row-bg-none fl-node-'
                f'{_short_hex(rng, 13)}">',
                '[fusion_builder_container hundred_percent="no" equal_height_columns="no"]',
                "$def with (stories) $for story in stories: <li>$story.title</li>",
                "@for(story <- stories) { <li>@story.headline</li> }",
                f'[:div.byline [:a {{:href "/author/{user}"}} "{name}"]]',
                '<% Response.Write(rs("headline")) %>',
                '<div q:container="paused" q:version="1.2" q:render="ssr">',
                '<LinkTo @route="story" @model={{this.story.id}}>',
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Get the load-shedding schedule for your suburb in {place} sent to your phone "
                "each morning",
                "Matric results are out: enter your exam number to find yours",
                "Are classes suspended in your barangay tomorrow? Check the list here",
                "Check the PSI haze readings in your part of the island",
                "Check your train's PNR status and platform before you leave home",
                f"See the bushfire warnings near {place} on our live page",
                "Work out your Leaving Cert points with our calculator",
                "Track the naira's parallel-market rate, updated every hour",
                "🔖 Save this story to read later",
                "Keep scrolling for the next story ↓",
                "« Previous 1 2 3 4 Next »",
                "Video not playing? Tap here to open it in a new window",
                "View this post on Instagram",
                "Click the image to enlarge",
                f"Up next in {rng.randint(3, 9)} seconds: episode {rng.randint(2, 8)} · Cancel",
                rng.choice(
                    (
                        "If this story has affected you, Samaritans are there on 116 123, day "
                        "or night",
                        "If you need to talk to someone, call Lifeline on 13 11 14",
                        "Support is there: phone or text 1737, any time",
                        "Struggling? Call SADAG's helpline, 0800 567 567",
                    )
                ),
                "Is your flight on time? Check arrivals and departures live",
                f"Find a chemist open late or on {weekday} near you",
                f"Print the {month} tide table for {place}",
                f"Prayer times for {place} today, and for the rest of {month}",
                "Is your school closed for the snow? See today's list of closures",
                "…and before you go, give this story a clap (you can clap up to 50 times).",
                f"and if you see the pod off the coast at {place}, log the sighting on our "
                "whale tracker.",
                "How does this story make you feel? 😮 😢 😡 😂 ❤️",
                "Check the traffic cameras on your route before you set off",
                f"Check the water restriction level in {place} before you turn the sprinkler on",
                f"Get the headlines on any phone: dial *{rng.randint(100, 999)}# from your network",
                f"Not interested? Show me fewer stories about {topic}",
                "Tap to unmute 🔇",
                "Press and hold the photo to see the before and after",
                "Spoiler alert: tap to reveal the final score",
                "Jump to: Key points · Timeline · What happens next",
                "Report this comment",
                "I-follow kami sa Facebook para sa pinakabagong balita sa inyong lugar",
                "Teken in vir ons nuusbrief en kry elke oggend die nuus in jou inboks",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "n": written on 2026-11-24 blind to the detector, like e to m (see the
# module docstring); it is the newest blind test set and must never be used to
# change the detector.  Brands, goods, places, trips, services, publications,
# acts, languages and scripts appear in no other style, and no template
# sentence of another style is reused.  Prices follow the place's currency.
_BRANDS_N = (
    "Brolgavin",
    "Tembelo",
    "Ruthvenna",
    "Calzarro",
    "Mwangaza & Reid",
    "Keldmoor",
    "Oduyami",
    "Penhryn & Clay",
    "Sarvoni",
    "Glenquair",
)
_GOODS_N = (
    "storm shutters",
    "snow blowers",
    "chest freezers",
    "water storage tanks",
    "kerosene heaters",
    "mosquito nets",
    "pressure cookers",
    "prayer mats",
    "rain barrels",
    "generator sets",
)
_PLACES_N = (
    "Mombasa",
    "Kumasi",
    "Ipoh",
    "Lahore",
    "Montego Bay",
    "Sliema",
    "Kowloon",
    "Sharjah",
    "Winnipeg",
    "Peoria",
    "Chattanooga",
    "Paisley",
    "Llandudno",
)
_TRIPS_N = ("Lamu", "Langkawi", "the Hunza Valley", "Negril", "Gozo", "the Smoky Mountains")
_SERVICES_N = (
    "eavestrough cleaner",
    "storm shelter installer",
    "solar water heater fitter",
    "henna artist",
    "generator repairer",
    "ice fishing guide",
)
_SITES_N = ("Ardmorran Bugle", "Cwmderyn Weekly", "Red River Pioneer", "Harmattan Standard")
_TOPICS_N = ("curling", "boxing", "agribusiness", "diaspora", "tourism", "reggae", "shipping")
_ACTS_N = (
    "The Blue Mahoe Sound",
    "Efua Mensah & the Highlife Collective",
    "The Tartan Lowriders",
    "Rhiannon Pryce",
)
_NAMES_N = ("Wanjiru", "Kofi", "Siti", "Bilal", "Shanice", "Ewan", "Carys", "Ka Yan")
_USERS_N = ("wanjiru_k", "kofi.a", "siti.n", "bilal_lhr", "ewan.mac")
_SLUG_WORDS_N = ("culvert", "stormdrain", "souk", "gully", "levee", "snowplough", "corniche")
_CURRENCIES_N = ("KSh ", "GH₵ ", "RM", "Rs ", "J$", "HK$", "AED ")
_MONTHS_N = ("February", "April", "June", "August", "October", "December")
_WEEKDAYS_N = ("Monday", "Thursday", "Saturday", "Sunday")
# Each place's currency and telephone country code; roughly how many of the
# currency a US dollar buys (prices are drawn in dollars and converted).
_LOCALE_N = {
    "Mombasa": ("KSh ", "254"),
    "Kumasi": ("GH₵ ", "233"),
    "Ipoh": ("RM", "60"),
    "Lahore": ("Rs ", "92"),
    "Montego Bay": ("J$", "876"),
    "Sliema": ("€", "356"),
    "Kowloon": ("HK$", "852"),
    "Sharjah": ("AED ", "971"),
    "Winnipeg": ("C$", "204"),
    "Peoria": ("$", "309"),
    "Chattanooga": ("$", "423"),
    "Paisley": ("£", "141"),
    "Llandudno": ("£", "1492"),
}
_RATES_N = {
    "KSh ": 130,
    "GH₵ ": 15,
    "RM": 4.5,
    "Rs ": 280,
    "J$": 157,
    "€": 0.9,
    "HK$": 7.8,
    "AED ": 3.67,
    "C$": 1.4,
    "$": 1,
    "£": 0.8,
}
# Languages no other style uses: Jamaican Patois, Nigerian Pidgin, Ga, Dagbani,
# Kamba, Iban, Saraiki, Balochi, Cantonese, Louisiana Creole, Plains Cree (in
# syllabics), Ojibwe, Mi'kmaq, Tulu, Kashmiri, Dogri, Bavarian, Kölsch,
# Emilian and Extremaduran, and Osage in the Osage script, Cham in the Cham
# script and Kayah Li in the Kayah Li script (three scripts no other style
# uses; those three lines, and most of the others, are approximate).
_FOREIGN_N = (
    "Mek money fram yuh yaad every day, sign up now an collect yuh bonus, nuh badda miss out",
    "Make money for your house everyday, register now make you collect bonus sharp sharp",
    "Hé nɔ ŋmɛnɛ ni oná hiɛtsɔɔmɔ wulu, abaaha bo nɔ lɛ kɛ shikpɔŋ ko",
    "Da binyɛra zuŋɔ ka a nya ligi bɔbgu, tum ka a kpe ka a bi yo shɛli",
    "Ũa indĩ ũmũnthĩ na ũkwate ũthooa mũnini, ũtwaĩo wa mana nginya mũsyĩ",
    "Beli diatu lalu dapatka rega ti mimit, pengirim nadai bayar ngagai rumah nuan",
    "اڄ خریدو تے اَدھی قیمت تے گھنو، گھر تئیں پہنچاݨ مفت اے",
    "مروچی بزیریت و نیمگ ءِ بہا ءَ بگریت، راہ دئیگ مفت انت",
    "今日買嘢一律半價，即刻嚟搶啦，送貨上門唔使錢㗎",
    "Achté-li jodi-la é peye jis mwatché pri-a, nou voyé-li pou hen",
    "ᐊᓄᐦᐨ ᐊᑕᐍ ᐁᑳ ᒥᐦᒉᐟ ᐅᐢᑎᐢᑕᐦᑖᐤ ᐋᐦᑲᐤ ᐁᑲ ᑐᐱᔮᐏᐣ",
    "Adaawen noongom, aabita-diba'igan, gaawiin gidaa-diba'ige ji-biidooyan",
    "Sapusan kiskuk aqq ankamsin na'kw, mu ketu' tepi'k mita welaman",
    "ಇನಿ ಕನೊಲೆ, ಅರ್ಧ ಕ್ರಯೊಡು ದೆಪ್ಪುಲೆ, ಇಲ್ಲಡೆ ಕಡಪುಡುನೆ ಪುಕ್ಕಟೆ",
    "اَز کٔرِو خرید تہٕ اَڑِس قیمتس پیٹھ ہیٚیو، گرٕ تام سوزُن مُفت",
    "अज्ज खरीदो ते अद्धे मुल्लै पर लैओ, घर तगर पजाना मुफ्त ऐ",
    "Heid kafa und bloß d'Hoibe zoin, s'Liefan is umasunst, glei oschaun",
    "Hück kaufe un nur de Hälfte bezahle, et Liefere es ömesöns, kutt vorbei",
    "Cumpré incû e paghé sôl la metê, la spediziån l'é gratis pr'ed tótt",
    "Compral hoy y pagal solu la metá, el envíu es de baldi pa tolos",
    "𐓏𐓘𐓻𐓘𐓻𐓟 𐒻𐓟𐓲𐓟𐓵 𐓍𐓪𐓬𐓘 𐓀𐓘𐓸𐓘 𐒹𐓘𐓤𐓘 𐓂𐓮𐓟𐓯𐓣",
    "ꨀꨇꩍ ꨨꨩ ꨆꨮꨭ ꨚꨯꨱ ꨌꨯꨱꨮ ꨣꨳꨩ ꨦꨮꨭ ꨁꨪꩃ",
    "ꤊꤢ꤬ ꤒꤟꤢ꤬ ꤙꤛꤢ꤭ ꤔꤟꤢ꤬ ꤢꤧ꤬ ꤐꤢ꤭ ꤞꤢ꤬ ꤘꤣ꤬",
)

_VOCABULARY_N = (
    _BRANDS_N,
    _GOODS_N,
    _PLACES_N,
    _TRIPS_N,
    _SITES_N,
    _CURRENCIES_N,
    _MONTHS_N,
    _WEEKDAYS_N,
    _TOPICS_N,
)


def _price_n(rng: random.Random, cur: str, low: float, high: float) -> str:
    return _price_in(_RATES_N, rng, cur, low, high)


def _phone_n(rng: random.Random, dial: str) -> str:
    # A mobile or local number written the way it is in the place (country or area code ``dial``).
    n3, n4 = rng.randint(100, 999), rng.randint(1000, 9999)
    if dial in ("876", "204", "309", "423"):
        return f"({dial}) {n3}-{n4}"
    return {
        "254": f"07{rng.randint(10, 99)} {n3} {rng.randint(100, 999)}",
        "233": f"0{rng.choice((24, 54, 55, 20))} {n3} {n4}",
        "60": f"01{rng.randint(0, 9)}-{n3} {n4}",
        "92": f"03{rng.randint(0, 4)}{rng.randint(0, 9)} {rng.randint(1000000, 9999999)}",
        "356": f"+356 99{rng.randint(10, 99)} {n4}",
        "852": f"{rng.choice('569')}{n3} {n4}",
        "971": f"05{rng.choice('02568')} {n3} {n4}",
        "141": f"0141 {n3} {n4}",
        "1492": f"01492 {rng.randint(100000, 999999)}",
    }[dial]


def _mod97(payload: str) -> str:
    # ``payload`` and its two ISO 7064 MOD 97-10 check digits (legal entity identifiers).
    number = int("".join(str(int(c, 36)) for c in payload + "00"))
    return f"{payload}{98 - number % 97:02d}"


def _line_n(rng: random.Random, category: str) -> str:
    drawn = _local_draws(rng, _VOCABULARY_N, _LOCALE_N, _NAMES_N, _ACTS_N, _SERVICES_N, _phone_n)
    brand, other, goods, place, trip, site, month, weekday, topic, slug, handle = drawn[:11]
    cur, _dial, name, act, service, year, day, month_no, tel = drawn[11:]

    def price(low: float, high: float) -> str:
        return _price_n(rng, cur, low, high)

    if category == "ad":
        return rng.choice(
            [
                "Seasonal snow clearing for your driveway in "
                f"{rng.choice(('St. Vital', 'Transcona', 'River Heights'))}: we plow after every "
                f"5 cm all winter, C${rng.randint(35, 70) * 10} flat · {brand} Snow Co.",
                f"Remote starters installed before the first cold snap — two-way, "
                f"{rng.randint(8, 15) * 100} m range, C${rng.randint(40, 80) * 10} installed. "
                f"{brand} Auto Electric, Winnipeg",
                f"Hurricane season starts June 1. Accordion storm shutters measured and hung in "
                f"{rng.randint(3, 10)} days by {brand}, "
                f"{rng.choice(('Gulfport', 'Pensacola', 'Biloxi'))}",
                f"FEMA-rated tornado safe rooms set into your garage floor in one day. Ask "
                f"{brand} about the county rebate: {_phone_n(rng, '309')}",
                f"Live crawfish by the sack, ${rng.randint(4, 7)}.{rng.choice((49, 99))}/lb, "
                f"boiled or live, pick up {weekday} at {brand} Seafood, Chattanooga",
                f"Deer processing: skinned, ground and vacuum packed, ${rng.randint(90, 140)} a "
                f"deer, summer sausage extra. Drop-off at {brand} Meats outside Peoria, 6am to "
                "10pm in season",
                f"Kilt hire for the wedding from £{rng.randint(6, 12) * 10}: Prince Charlie "
                f"jacket, sporran, ghillie brogues and the lot · {brand} Highlandwear, Paisley",
                "Own a cask of single malt from a "
                f"{rng.choice(('Speyside', 'Islay', 'Campbeltown'))} distillery, bottled with "
                f"your name on it in {rng.randint(5, 12)} years. {brand} Cask Office, "
                f"from £{rng.randint(4, 9)},{rng.randint(1, 9)}00",
                f"Slate-floored cottage for four near Betws-y-Coed, log fire, dogs welcome, "
                f"{weekday}-to-Friday breaks from £{rng.randint(28, 49) * 10} · {brand} Cottages",
                f"Hand-cut Welsh slate house signs, your name and number lettered in Llandudno, "
                f"from £{rng.randint(45, 95)} — {brand} Slate",
                f"Solar water heaters for your Nyali home, {rng.choice((150, 200, 300))}-litre "
                f"tank, fitted with a {rng.randint(2, 5)}-year guarantee. Paybill "
                f"{rng.randint(100000, 999999)} · {brand} Solar",
                f"Save with {brand} Sacco from KSh {rng.randint(5, 30) * 100:,} a month and "
                f"borrow up to three times your deposits at {rng.randint(1, 2)}% a month",
                f"Hand-woven kente for weddings and outdoorings, {rng.randint(40, 200)} pieces in "
                f"stock at our Adum shop, Kumasi · {brand} Kente · {_phone_n(rng, '233')}",
                f"Home-used Toyota Vitz and Hyundai Elantra from Korea, duty paid, from GH₵ "
                f"{rng.randint(9, 25) * 10_000:,} at {brand} Motors, Kumasi. Hire purchase "
                "available",
                f"Musang King durian, opened fresh and delivered in Ipoh within two hours, RM"
                f"{rng.randint(45, 90)}/kg · WhatsApp {brand} on {_phone_n(rng, '60')}",
                f"Rendang, ketupat and lemang for your Hari Raya open house, "
                f"{rng.randint(5, 20) * 10} pax from RM{rng.randint(18, 35)} a head · {brand} "
                "Katering, Ipoh",
                f"Summer lawn collection '{year % 100}: three-piece unstitched suits from Rs "
                f"{rng.randint(35, 90) * 100:,}, launching {weekday} at our Liberty Market store, "
                f"Lahore · {brand}",
                f"Net metering approved in {rng.randint(4, 8)} weeks? Our engineers take your "
                f"LESCO file from start to finish — {brand} Energy, Lahore",
                f"Shipping barrels to Kingston and Montego Bay every {weekday} from our Brooklyn "
                f"depot, ${rng.randint(90, 160)} a drum, door to door · {brand} Shipping",
                f"Black plastic water tanks, 400 to 1,000 gallons, delivered in St James before "
                f"the next lock-off — {brand} Hardware, from J${rng.randint(30, 90) * 1000:,}",
                f"Boats from the Sliema ferries to the Blue Lagoon, Comino, three departures "
                f"daily, €{rng.randint(20, 35)} return · {brand} Cruises",
                "Looking for a helper who can cook Cantonese soups and care for an elderly "
                f"parent? {brand} Employment Agency, Mong Kok · licence no. "
                f"{rng.randint(50000, 59999)}",
                f"Iftar buffet at the {brand} Hotel on the Al Majaz waterfront: ouzi, harees and a "
                f"live shawarma station, AED {rng.randint(12, 25) * 10} per person",
                f"Evening desert safari with dune bashing, a camel ride and a barbecue dinner, "
                f"pick-up in Sharjah at 3pm, AED {rng.randint(15, 30) * 10} · {brand} Tours",
                f"Trade licence renewal, labour cards and Emirates ID typing done while you "
                f"wait: {brand} Typing Centre, Rolla",
                f"{brand} Bail Bonds · Hamilton County · 24 hours · {_phone_n(rng, '423')} · Se "
                "habla español",
                f"Fireworks tent open on Hwy {rng.randint(11, 99)} across from the feed store: "
                f"every assortment half price after 8pm through the Fourth · {brand}",
                f"Need a {service} in {place} who answers the phone after 5pm? {brand} keeps a "
                f"list of {rng.randint(12, 60)}, with what each one charged last winter. {tel}",
                f"Registration for {brand} Day Camp opens {weekday}: {rng.randint(4, 9)} weeks of "
                f"canoeing, archery and crafts on the Red River, C${rng.randint(180, 320)} a week",
                f"Funeral programmes and obituary posters printed in 24 hours, full colour, "
                f"{rng.randint(2, 5) * 100} copies from GH₵ {rng.randint(8, 30) * 100:,} · "
                f"{brand} Prints, Kumasi",
                f"{brand} camel milk chocolate with dates and cardamom, gift boxes of "
                f"{rng.choice((9, 16, 24))} from AED {rng.randint(45, 120)}",
                f"{act} live at the {brand} Lounge, {place}, {weekday} {day} {month}: doors at "
                f"8pm, {price(15, 40)} on the door",
                f"How A {place} Grandmother Cut Her Weekly Shop In Half — {brand}",
                f"Where do {place}'s nurses buy their scrubs? Most of them, it turns out, at "
                f"{brand}.",
                f"I moved the whole family's phones to {brand} Mobile in {month} and our bill "
                f"went from {price(90, 140)} to {price(40, 70)}.",
                f"{brand} {goods.title()} | {rng.randint(6, 30)} models | delivery across {place} "
                f"in 48h | {tel}",
                f"…which is why we get all our {goods} from {brand} now, and honestly we should "
                "have done it years ago.",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Contra partner: {brand} supplied the venue in exchange for branding at the "
                f"{site}'s {topic} nights.",
                f"NO PURCHASE NECESSARY. Void where prohibited. The {site} {topic} sweepstakes "
                f"is sponsored by {brand}, {place}.",
                f"This quiz is a white-label product supplied by {brand} and runs on the {site} "
                "under licence.",
                f"{name} receives a share of the advertising revenue shown beside this post.",
                f"{brand} pays the {site} a licensing fee to quote its reviews in {brand} "
                "advertising.",
                f"Competition tie-in with {brand}: the {goods} on offer were supplied by them.",
                f"The hosts recorded the ad reads in this episode themselves, for {brand}.",
                f"The {site} acknowledges the financial support of the Government of Canada "
                "through the Canada Periodical Fund.",
                f"{name} {other} is a Local Journalism Initiative reporter; the initiative is "
                "funded by the federal government.",
                f"This supplement was produced by the {site}'s commercial desk for the County "
                f"Government of {place}.",
                f"Reader offer operated by {brand}, not by the {site}: your contract is with "
                f"{brand}.",
                f"{brand} is a customer of the {site}'s events business.",
                f"This article first appeared in {brand} Life, the magazine {brand} sends its "
                "customers, and is republished with permission.",
                f"Until {year}, {name} {other} sat on the advisory board of {brand}, which is "
                "named in this story.",
                f"Deal listings on this page are chosen by {brand}'s merchandising team, not by "
                f"the {site}'s journalists.",
                f"Produced in cooperation with the {brand} Free Zone Authority",
                f"Content collaboration: {brand} × {site}",
                f"Courtesy of {brand}: this week's {topic} column",
                "This article is part of a series co-financed by the European Parliament; the "
                "views are the author's alone.",
                f"{name} was paid by {brand} to appear in this video.",
                f"Our tester kept the {goods} after the review; {brand} did not ask for them back.",
                f"{brand} is one of {rng.randint(6, 40)} businesses that pay to keep the {site}'s "
                f"{place} notices page online.",
                f"Clinical trial recruitment notice, paid for by {brand} Research.",
                f"Free articles on the {site} are paid for by advertising from companies such as "
                f"{brand}.",
                f"The {site}'s {topic} desk receives sponsorship income from {brand}; its "
                "reporters are not told the amount.",
                f"{rng.randint(120, 900)} copies of this issue were bought by {brand} for its "
                "staff and customers.",
                f"Access for schools in {place} to this page is paid for by {brand}.",
                f"{trip} trip arranged and paid for by {other}, which is trying to lure "
                f"{topic} visitors back.",
                f"{brand} gave the {site} early access to its figures on condition that this "
                f"story ran after {weekday} 6am.",
                f"Our partners at {brand} help keep the {site}'s {topic} coverage going; find "
                "out more about working with us.",
                f"— with the {site}'s thanks to {brand}, who paid for this year's {place} "
                f"{topic} guide to be printed.",
                f"سپانسر شدہ مواد · {brand}",
                f"স্পনসর করেছে {brand}",
                f"{brand} வழங்கும் விளம்பரக் கட்டுரை",
                f"Sponzorirani sadržaj · {brand}",
                f"Reklaamtekst · {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(
            [
                *_FOREIGN_N,
                f"JOIN THE GREAT ILLUMINATI AND BECOME RICH, FAMOUS AND PROTECTED. "
                f"${rng.randint(2, 9) * 100},000 welcome benefit on initiation. Call agent "
                f"{name} {tel}",
                "SSD chemical solution for cleaning defaced black notes (USD, EUR, GBP), we "
                f"clean on site in {place}. Call Dr {name} {tel}",
                "LMIA-approved job offers for sale: truck driver, cook, farm hand. Canadian PR "
                f"guaranteed in 6 months, CAD {rng.randint(15, 45)},000 in two instalments. "
                f"WhatsApp {tel}",
                "Publish your paper in a Scopus-indexed journal in 7 days, APC only "
                f"${rng.randint(90, 300)}, acceptance guaranteed — {slug}-journals.example",
                f"Pay your Zakat here: {brand} Relief Fund feeds orphans, send to account "
                f"{rng.randint(10**9, 10**10 - 1)} and forward this message to 10 groups",
                f"Semaglutide pens, no prescription, no questions: 4 pens for {price(120, 260)}, "
                f"shipped in cold packs to {place}. {slug}-slim.example",
                "Glutathione injections and whitening pills, lighten your skin 5 shades in 21 "
                f"days, bleaching cream at wholesale price. WhatsApp {tel}",
                "WE BUY GIFT CARDS: Apple, Steam, Razer Gold and Google Play at the best rate, "
                f"instant payout to your mobile money. {tel}",
                "iCloud unlock and bypass for any iPhone, activation lock removed in 1 hour, "
                f"{price(30, 80)} per device — {slug}-unlock.example",
                f"Blessing loom 🌸 gift {price(100, 200)} to the flower in the centre and receive "
                f"{price(800, 1600)} in {rng.randint(5, 14)} days. Only {rng.randint(2, 6)} "
                "spaces left, inbox me",
                f"Dubai car auction: clean Land Cruisers from AED {rng.randint(20, 60)},000. Pay "
                f"only the customs clearance fee and we ship to {place} — {slug}-autos.example",
                f"Get the blue tick on Instagram and Facebook in 48 hours for {price(40, 120)}, "
                f"no followers needed, 100% safe. {slug}-verify.example",
                f"Free mint live now 🔥 {brand} Apes whitelist, only {rng.randint(50, 400)} spots, "
                f"connect your wallet at {slug}-mint.example",
                f"US DV lottery {year}: guaranteed green card selection with our express "
                f"registration, fee {price(150, 400)}, pay by Western Union",
            ]
        )
    if category == "junk_token":
        words = rng.sample(_SLUG_WORDS_N, 2)
        upper = string.ascii_uppercase + string.digits
        isbn = [9, 7, 8, 1] + [rng.randint(0, 9) for _ in range(8)]
        isbn_check = -sum(d * (3 if i % 2 else 1) for i, d in enumerate(isbn)) % 10
        issn = [rng.randint(0, 9) for _ in range(7)]
        issn_check = -sum(d * (8 - i) for i, d in enumerate(issn)) % 11
        cas = str(rng.randint(50, 99999)) + str(rng.randint(10, 99))
        cas_check = sum(int(d) * (i + 1) for i, d in enumerate(reversed(cas))) % 10
        imo = [9] + [rng.randint(0, 9) for _ in range(5)]
        imo_check = sum(d * (7 - i) for i, d in enumerate(imo)) % 10
        isin_payload = rng.choice(("KE", "GH", "MY", "PK", "JM", "HK")) + _from(rng, upper, 9)
        isin = isin_payload + _luhn("".join(str(int(c, 36)) for c in isin_payload))[-1]
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        return rng.choice(
            [
                f"KRA PIN: A{rng.randint(10**8, 10**9 - 1)}{rng.choice(string.ascii_uppercase)}",
                f"GHA-{rng.randint(10**8, 10**9 - 1)}-{rng.randint(0, 9)}",
                "ICCID "
                + _luhn(
                    "89" + rng.choice(("254", "233", "60", "92")) + str(rng.randint(10**13, 10**14))
                ),
                "ISBN 978-1-"
                + "".join(map(str, isbn[4:9]))
                + "-"
                + "".join(map(str, isbn[9:]))
                + f"-{isbn_check}",
                "ISSN "
                + "".join(map(str, issn[:4]))
                + "-"
                + "".join(map(str, issn[4:]))
                + ("X" if issn_check == 10 else str(issn_check)),
                f"LEI {_mod97(_from(rng, upper, 18))}",
                f"ISIN {isin}",
                f"commit {_short_hex(rng, 40)} (HEAD -> main, origin/main)",
                f"Signed-off-by: {name} <{rng.choice(_USERS_N)}@{handle}.example>",
                f'Traceback (most recent call last): File "/srv/{handle}/app/views.py", line '
                f"{rng.randint(20, 400)}, in story_detail",
                "Segmentation fault (core dumped)",
                "You have an error in your SQL syntax; check the manual that corresponds to your "
                f"MariaDB server version for the right syntax to use near '{words[0]}' at line 1",
                f"Error 0x{rng.choice(('80070005', '8007045D', '80004005', 'C1900101'))}",
                f"[{year}-{month_no:02d}-{day:02d} {hh:02d}:{mm:02d}:{ss:02d}] production.ERROR: "
                f'Undefined array key "{words[0]}"',
                f"at Object.<anonymous> (/var/task/{words[0]}.js:{rng.randint(2, 300)}:"
                f"{rng.randint(2, 80)})",
                f"-rw-r--r-- 1 www-data www-data {rng.randint(10**4, 10**7)} "
                f"{month[:3]} {day:2d} {hh:02d}:{mm:02d} {words[1]}_{rng.randint(1, 999)}.jpg",
                f"{_short_hex(rng, 32)}  {words[0]}-{year}.zip",
                rng.choice(
                    (
                        "ERR_CONNECTION_TIMED_OUT",
                        "ERR_NAME_NOT_RESOLVED",
                        "ERR_SSL_PROTOCOL_ERROR",
                        "ERR_TOO_MANY_REDIRECTS",
                    )
                ),
                f"arXiv:{year % 100:02d}{month_no:02d}.{rng.randint(10000, 29999)}"
                f"v{rng.randint(1, 4)}",
                f"PMID: {rng.randint(30_000_000, 40_999_999)} PMCID: "
                f"PMC{rng.randint(7_000_000, 11_999_999)}",
                f"US {rng.randint(10_000_000, 12_999_999):,} B{rng.randint(1, 2)}",
                rng.choice(
                    (
                        f"[{year}] KEHC {rng.randint(1000, 19999)} (KLR)",
                        f"[{year}] CSOH {rng.randint(1, 120)}",
                        f"[{year}] EWCA Civ {rng.randint(1, 1800)}",
                    )
                ),
                f"METAR {rng.choice(('OMSJ', 'CYWG', 'HKMO', 'OPLA', 'MKJS'))} {day:02d}"
                f"{hh:02d}00Z {rng.randint(0, 35) * 10:03d}{rng.randint(3, 25):02d}KT "
                f"{rng.choice(('CAVOK', '9999 FEW020', '6000 SCT030'))} {rng.randint(5, 40):02d}/"
                f"{rng.randint(0, 25):02d} Q{rng.randint(998, 1022)}",
                f"{rng.choice('ABCDEFGHIJKLMNOPQR')}{rng.choice('ABCDEFGHIJKLMNOPQR')}"
                f"{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.choice('abcdefghijklmnopqrstuvwx')}"
                f"{rng.choice('abcdefghijklmnopqrstuvwx')}",
                f"{rng.randint(30, 40)}{rng.choice('NPQR')} "
                f"{_from(rng, 'ABCDEFGHJKLMNPQRSTUV', 2)} "
                f"{rng.randint(10000, 99999)} {rng.randint(10000, 99999)}",
                f"TC {hh:02d}:{mm:02d}:{ss:02d}:{rng.randint(0, 24):02d}",
                f"ISO {rng.choice((100, 200, 400, 800, 3200))} · f/{rng.choice((1.8, 2.8, 4, 5.6))}"
                f" · 1/{rng.choice((60, 125, 250, 1000))}s · {rng.choice((24, 35, 50, 85))}mm",
                f"------=_Part_{rng.randint(1000, 99999)}_{rng.randint(10**8, 10**9)}."
                f"{rng.randint(10**12, 10**13)}",
                f"USD{rng.choice(('KES', 'GHS', 'MYR', 'PKR', 'JMD', 'HKD', 'AED'))}=X",
                f"https://waze.com/ul?ll={rng.uniform(-5, 35):.6f}%2C{rng.uniform(35, 75):.6f}"
                "&navigate=yes",
                "^[A-Z0-9._%+-]+@[A-Z0-9.-]+\\.[A-Z]{2,}$",
                f"HTTP/1.1 {rng.choice(('502 Bad Gateway', '503 Service Unavailable'))}",
                f"CAS {cas[:-2]}-{cas[-2:]}-{cas_check}",
                "IMO " + "".join(map(str, imo)) + str(imo_check),
                f"{rng.choice(('KE MBA', 'GH TKD', 'MY PKG', 'PK KHI', 'JM KIN', 'AE SHJ'))}",
                f"AS{rng.randint(15000, 64000)} · {rng.randint(41, 197)}.{rng.randint(0, 255)}."
                f"0.0/{rng.choice((16, 19, 22))}",
            ]
        )
    if category == "markup_residue":
        words = rng.sample(_SLUG_WORDS_N, 2)
        user = rng.choice(_USERS_N)
        snowflake = rng.randint(10**17, 10**18)
        return rng.choice(
            [
                f"@param com.{handle}.model.Story story ${{story.getHeadline()}}",
                '$if(story.byline)$<p class="byline">$story.byline$</p>$endif$',
                'html`<p class="byline">${this.byline}</p>`',
                f'm("div.byline", [m("a", {{href: "/author/{user}"}}, "{name}")])',
                '<div v-scope="{ open: false }" @vue:mounted="mounted($el)">',
                f"<?php perch_content('{words[0].title()} heading'); ?>",
                "<?= $page->summary ?> <?php foreach($page->children as $child): ?>",
                '{{tpl:EntryTitle encode_html="1"}} <tpl:EntryIf has_category="1">',
                "[USER:DisplayName] · [Portal:PortalName] · [DateTime:Now|dd MMMM yyyy]",
                "%%first_name%%, %%unsubscribe%%",
                "{{lead.First Name:default=reader}} {{my.EventDate}}",
                f"**{words[0].title()}** and //{words[1]}// in [[{words[0].title()}|this page]]",
                "h3. {color:#de350b}Update{color} {noformat}",
                "{@link com.example.Story#getByline()} @since 2.3",
                f'<blockquote type="cite"><div dir="ltr">On {weekday}, {name} wrote:',
                '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On '
                f"{weekday[:3]}, {day} {month[:3]} {year} at {rng.randint(1, 12)}:"
                f"{rng.randint(10, 59)}, {name} wrote:<br></div>",
                '<p class="codepen" data-height="300" data-default-tab="result" data-slug-hash="'
                f'{_from(rng, string.ascii_letters, 7)}" data-user="{user}">',
                f'<script src="https://gist.github.com/{user.replace(".", "")}/'
                f'{_short_hex(rng, 32)}.js"></script>',
                f'<div data-configid="{rng.randint(10**6, 10**7)}/{rng.randint(10**7, 10**8)}" '
                'style="width:525px; height:340px;" class="issuu-embed"></div>',
                f'<div class="calendly-inline-widget" data-url="https://calendly.com/{slug}/'
                '30min" style="min-width:320px;height:630px;"></div>',
                '<iframe width="100%" height="120" src="https://www.mixcloud.com/widget/iframe/'
                f'?hide_cover=1&feed=%2F{slug}%2F{words[0]}-{words[1]}%2F" frameborder="0">'
                "</iframe>",
                f'<iframe src="https://embed.acast.com/{slug}/{words[0]}-{rng.randint(1, 99)}" '
                'frameBorder="0" width="100%" height="190px"></iframe>',
                '<iframe width="100%" height="584" frameborder="0" src="https://observablehq.com/'
                f'embed/@{slug}/{words[0]}-{words[1]}?cells=chart"></iframe>',
                '{"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "mark": "bar", '
                '"encoding": {"x": {"field": "' + words[0] + '", "type": "nominal"}',
                "window._mNHandle = window._mNHandle || {}; window._mNHandle.queue = "
                "window._mNHandle.queue || [];",
                f'amzn_assoc_placement = "adunit0"; amzn_assoc_tracking_id = "{slug}-21";',
                f'<script src="https://giscus.app/client.js" data-repo="{slug}/comments" '
                'data-mapping="pathname" crossorigin="anonymous" async></script>',
                f'<meta name="DC.title" content="{words[0].title()}"><meta name="DC.creator" '
                f'content="{name}">',
                f'<meta name="citation_title" content="{words[1].title()}"><meta '
                f'name="citation_publication_date" content="{year}/{month_no:02d}/{day:02d}">',
                f'{{"version": "https://jsonfeed.org/version/1.1", "title": "{site}", "items": '
                f'[{{"id": "{rng.randint(1000, 99999)}"',
                "<itunes:episodeType>full</itunes:episodeType><itunes:duration>"
                f"{rng.randint(10, 59)}:{rng.randint(10, 59)}</itunes:duration>",
                f'<trans-unit id="headline.{rng.randint(1, 400)}"><source>{words[0].title()}'
                '</source><target state="needs-review-translation">',
                "\\relative c'' { \\time 3/4 \\key g \\major d4 b g | a2. }",
                f'[Event "{place} Open"] [Round "{rng.randint(1, 9)}"] 1. e4 c5 2. Nf3 d6 3. d4',
                f'+++ title = "{words[0].title()}" date = {year}-{month_no:02d}-{day:02d} '
                "draft = false +++",
                f'<td class=xl{rng.randint(63, 99)} style="border-top:none" x:num>'
                f"{rng.randint(10, 9999)}</td>",
                f"<@{snowflake}> <:{words[0]}:{snowflake + rng.randint(10**6, 10**9)}>",
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                "Download the hurricane preparedness checklist and stick it on the fridge",
                "Know your zone: enter your address to see whether you're in evacuation zone A, "
                "B or C",
                f"Look up your sample ballot for the {month} runoff before you go to the polls",
                "Find a cooling center open near you during the heat advisory",
                "See tonight's gritting routes for Renfrewshire on our live map",
                "Mark yourself safe: let friends and family know you're out of the flood area",
                "Track Santa's journey around the world live on Christmas Eve 🎅",
                "Bookmark this page (Ctrl+D or ⌘+D) to come back to the live results",
                f"Download the data behind this chart (CSV, {rng.randint(4, 90)} KB)",
                f"Read our methodology: how we ranked the {rng.randint(20, 150)} towns",
                "Cite this article: copy the citation in APA, MLA or Chicago style",
                "Reprints & permissions: license this article for your website or newsletter",
                "Think we got something wrong? You can complain to the Media Council of Kenya",
                "Switch to a dyslexia-friendly font",
                "Highlight any sentence to share it as a quote card",
                "Pinch to zoom the map, or drag with two fingers to move around",
                "Download this season's fixtures wallchart (PDF) and pin it up",
                f"Download the match-day programme for {weekday}'s game",
                f"Try the new {site} website (beta) and tell us what you think",
                "…and if you know a teenager who deserves a place in our Young Achievers list, "
                f"nominate them before {weekday}.",
                "…or, if your church's carol service isn't in the list yet, send us the time "
                f"and place by {weekday} noon.",
                "Muat turun aplikasi kami untuk membaca berita tempatan tanpa gangguan iklan",
                "اس خبر پر اپنی رائے نیچے تبصرے میں ضرور دیں",
                f"Power off on your street? Report the outage: SMS your meter number to "
                f"{rng.randint(90000, 99999)}",
                "Listen to how every place name in this story is pronounced 🔊",
                f"See the parade route and road closures for {weekday}",
                "Find your nearest defibrillator on the map",
                f"Is there a boil-water notice on your street in {place}? Check here",
                "Follow every Friday night game live on our scoreboard",
                f"Scan the QR code on page {rng.randint(2, 40)} of today's paper to watch the "
                "video",
                "Open the 3D model and turn it with your mouse or finger",
                "Find out how long your commute would take by bus with our journey planner",
                f"Check the pollen count for {place} before you go out",
                f"What's the UV index in {place} today? See the hourly chart",
                "Switch units: metric · imperial",
                "Show prices in: KSh · GH₵ · RM · Rs · J$ · HK$ · AED",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


# Style "o": written on 2026-11-24 blind to the detector, like e to n (see the
# module docstring); like n it is a blind test set and must never be used to
# change the detector.  Brands, goods, places, trips, services, publications,
# acts, languages and scripts appear in no other style, and no template
# sentence of another style is reused.  Prices follow the place's currency.
# It opens with :func:`_local_draws`, unchanged, and draws everything else
# after it, so the earlier styles' output does not move.
_BRANDS_O = (
    "Kalindora",
    "Bwinjila",
    "Trevarrow & Quist",
    "Ravundi",
    "Telsmoor",
    "Amberwane",
    "Moyoleni",
    "Castellan & Hyde",
    "Sivagro",
    "Whitlock & Ansa",
)
_GOODS_O = (
    "solar lanterns",
    "gas cylinders",
    "smoke alarms",
    "roof racks",
    "camping coolers",
    "fishing reels",
    "hair clippers",
    "wheelbarrows",
    "bunk beds",
    "sewing kits",
)
_PLACES_O = (
    "Kampala",
    "Dar es Salaam",
    "Lusaka",
    "Gaborone",
    "Windhoek",
    "Suva",
    "Port of Spain",
    "Bridgetown",
    "Doha",
    "Dhaka",
    "Kathmandu",
    "Tulsa",
    "Anchorage",
    "Hull",
    "Adelaide",
)
_TRIPS_O = (
    "Victoria Falls",
    "the Serengeti",
    "the Yasawa Islands",
    "Tobago",
    "Pokhara",
    "Kangaroo Island",
)
_SERVICES_O = (
    "fridge repairer",
    "satellite dish installer",
    "fence builder",
    "mobile welder",
    "house painter",
    "tyre repairer",
)
_SITES_O = ("Nile Crest Times", "Copperbelt Mirror", "Harbourfront Ledger-Star", "Humber Packet")
_TOPICS_O = ("athletics", "fisheries", "calypso", "horse racing", "esports", "heritage", "dance")
_ACTS_O = (
    "The Nile Roots Band",
    "Sadia Rahman Ensemble",
    "The Copper Belt Kings",
    "The Tidewater Gospel Singers",
)
_NAMES_O = ("Nakato", "Baraka", "Mwila", "Kagiso", "Losana", "Keisha", "Tasnim", "Dale", "Shelby")
_USERS_O = ("nakato_b", "baraka.tz", "mwila_zm", "kagiso.g", "tasnim_dh", "dale918")
_SLUG_WORDS_O = ("dhow", "kopje", "mangrove", "rickshaw", "floodwall", "sandbar", "bazaar")
_SURNAMES_O = ("Ssempijja", "Mwakyusa", "Banda", "Molefe", "Tuilagi", "Ramdial", "Hossain")
_CURRENCIES_O = ("USh ", "TSh ", "K", "P", "N$", "FJ$", "TT$", "Bds$", "QR ", "Tk ", "NPR ")
_MONTHS_O = ("January", "March", "April", "July", "September", "November")
_WEEKDAYS_O = ("Tuesday", "Wednesday", "Friday", "Saturday")
# Each place's currency and telephone country (or area) code; roughly how
# many of the currency a US dollar buys (prices are drawn in dollars and
# converted).
_LOCALE_O = {
    "Kampala": ("USh ", "256"),
    "Dar es Salaam": ("TSh ", "255"),
    "Lusaka": ("K", "260"),
    "Gaborone": ("P", "267"),
    "Windhoek": ("N$", "264"),
    "Suva": ("FJ$", "679"),
    "Port of Spain": ("TT$", "868"),
    "Bridgetown": ("Bds$", "246"),
    "Doha": ("QR ", "974"),
    "Dhaka": ("Tk ", "880"),
    "Kathmandu": ("NPR ", "977"),
    "Tulsa": ("$", "918"),
    "Anchorage": ("$", "907"),
    "Hull": ("£", "1482"),
    "Adelaide": ("A$", "618"),
}
_RATES_O = {
    "USh ": 3700,
    "TSh ": 2600,
    "K": 27,
    "P": 13.5,
    "N$": 18,
    "FJ$": 2.25,
    "TT$": 6.8,
    "Bds$": 2,
    "QR ": 3.64,
    "Tk ": 120,
    "NPR ": 135,
    "$": 1,
    "£": 0.8,
    "A$": 1.5,
}
# ISO 4217 numeric codes and ISO 3166 country codes (payment QR payloads).
_ISO_O = {
    "USh ": ("800", "UG"),
    "TSh ": ("834", "TZ"),
    "K": ("967", "ZM"),
    "P": ("072", "BW"),
    "N$": ("516", "NA"),
    "FJ$": ("242", "FJ"),
    "TT$": ("780", "TT"),
    "Bds$": ("052", "BB"),
    "QR ": ("634", "QA"),
    "Tk ": ("050", "BD"),
    "NPR ": ("524", "NP"),
    "$": ("840", "US"),
    "£": ("826", "GB"),
    "A$": ("036", "AU"),
}
# Languages no other style uses: Sranan Tongo, Krio, Kabuverdianu, Mauritian
# Creole, Solomon Islands Pijin, Tumbuka, Kikongo, Inari Sami, Lezgian,
# Adyghe, Tuvan, Karakalpak, Mapudungun, Yucatec Maya, K'iche', Navajo,
# Marshallese, Taiwanese Hokkien (in Pe̍h-ōe-jī), Mizo, Khasi, Chavacano and
# Shan, and Toba Batak in the Batak script, Lepcha in the Lepcha script and
# Tai Lü in New Tai Lue (three scripts no other style uses; those three lines,
# and most of the others, are approximate).
_FOREIGN_O = (
    "Bai now, pai soso afu fu a prijs, wi e tjari en kon na yu oso fu noti",
    "Bai tide en pe jɔs af di prays, wi go kɛr am kam na yu os fri",
    "Kumpra oji i paga só metadi di presu, nu ta manda-bu el pa kasa di grasa",
    "Zwe lor kazino an lign zordi, gagn kas toulezour, enskri aster pou gagn bonis",
    "Winim selen long haos blong iu evri de, saenap distaem an tekem bonus blong iu",
    "Gulani sono na kulipira hafu ya mtengo pera, tikumutumizgirani kwa waka",
    "Sumba bubu yai, futa kaka ndambu ya ntalu, beto ke natila nge yo na nzo ofele",
    "Uástá odne já máksá tuše peeli haddeest, vuolgâttep tuu pááikán nuuvt",
    "Исятда къачу ва къиметдин са пай гуз, чна квез кIвализ пулсуз гъида",
    "Джыдэдэм къэщэфы ыкIи ыуасэм ыныкъо ты, уиунэ нэсэу пщэнчъэу къыпфэтщэщт",
    "Бөгүн садып ап, өртээниң чартыын төлээр, бажыңыңга хостуг чедирип бээр бис",
    "Búgin satıp alıń hám bahanıń yarımın tóleń, úyińizge biypul jetkizip beremiz",
    "Ngillamge fachantü, kiñe rake wüll kulliaymi, tami rukamew puwalu",
    "Maan bejla'e', chéen u tʼúul u tojol ka a bo'ote', k-tuxtik ta wotoch mix ba'al",
    "Chaloq'o wakamik, xa nik'aj ri rajil kat'oj, kaqataq chi awochoch",
    "Díí jį́ nahaaʼnííh, ałʼąą bááh íiłáago, nighangóó nich'į' deiilʼaah",
    "Wiaik rainin im kōļļā jimettan wōnāān, jej naaj jilkinļọk ñan mweeṃ",
    "Kin-á-ji̍t bé mi̍h-kiāⁿ it-lu̍t pòaⁿ-kè, sàng kàu chhù-lāi bián chîⁿ",
    "Vawiinah lei la, a man chanve chauh pe rawh, in thlengin kan thawn ang che",
    "Thied mynta bad siew tang ka bynta jong ka dor, ngin phah sha ka iing jong phi",
    "Compra ya ahora y paga el mitad lang del precio, el entrega hasta na tu casa libre",
    "ၸိုဝ်ႉၼႂ်းဝၼ်းၼႆႉ ၸၢႆႇၵႃႈၶိုင်ႈလႄႈ ႁဝ်းတေသူင်ႇထိုင်ႁိူၼ်းၸဝ်ႈၵဝ်ႇ",
    "ᯖᯮᯂᯬᯒ᯲ ᯘᯑᯒᯪᯀᯬᯉ᯲ ᯅᯛᯒ᯲ ᯘᯖᯬᯝ ᯉᯪ ᯀᯒ᯲ᯎ ᯼",
    "ᰜᰦᰵ ᰛᰧᰶ ᰕᰪ ᰓᰬᰵ ᰊᰨᰰ ᰎᰦ ᰍᰧᰲ ᰝᰩ ᰻",
    "ᦌᦹᧉ ᦞᧃᦓᦲᧉ ᦈᦱᦍ ᦅᦹᧂ ᦟᦱᦅᦱ ᦉᦸᧂ ᦑᦹᧂ ᦠᦹᧃ",
)

_VOCABULARY_O = (
    _BRANDS_O,
    _GOODS_O,
    _PLACES_O,
    _TRIPS_O,
    _SITES_O,
    _CURRENCIES_O,
    _MONTHS_O,
    _WEEKDAYS_O,
    _TOPICS_O,
)


def _price_o(rng: random.Random, cur: str, low: float, high: float) -> str:
    return _price_in(_RATES_O, rng, cur, low, high)


def _phone_o(rng: random.Random, dial: str) -> str:
    # A mobile or local number written the way it is in the place (country or area code ``dial``).
    n3, n4 = rng.randint(100, 999), rng.randint(1000, 9999)
    if dial in ("868", "246", "918", "907"):
        return f"({dial}) {n3}-{n4}"
    return {
        "256": f"07{rng.choice('0578')}{rng.randint(0, 9)} {n3} {rng.randint(100, 999)}",
        "255": f"+255 7{rng.choice('1456')}{rng.randint(0, 9)} {n3} {rng.randint(100, 999)}",
        "260": f"09{rng.choice('567')}{rng.randint(0, 9)} {n3} {rng.randint(100, 999)}",
        "267": f"7{rng.randint(1, 7)} {n3} {rng.randint(100, 999)}",
        "264": f"081 {n3} {n4}",
        "679": f"{rng.choice('79')}{rng.randint(10, 99)} {n4}",
        "974": f"+974 {rng.choice('3567')}{n3} {n4}",
        "880": f"01{rng.choice('3456789')}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}",
        "977": f"98{rng.randint(0, 9)}{rng.randint(0, 9)}-{rng.randint(100000, 999999)}",
        "1482": f"01482 {rng.randint(200000, 899999)}",
        "618": f"(08) 8{n3} {n4}",
    }[dial]


def _weighted_check(digits: str, weights: Sequence[int], modulus: int) -> int:
    # The weighted sum of ``digits`` (weights cycled) modulo ``modulus``.
    return sum(int(d) * weights[i % len(weights)] for i, d in enumerate(digits)) % modulus


def _mrz_check(field: str) -> str:
    # ICAO 9303 check digit: 7-3-1 weights, letters A=10 … Z=35, filler "<" = 0.
    values = [0 if c == "<" else int(c, 36) for c in field]
    return str(sum(v * (7, 3, 1)[i % 3] for i, v in enumerate(values)) % 10)


def _gs1_check(digits: str) -> str:
    # GS1 (GTIN, SSCC) check digit: weights 3 and 1 from the right.
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(digits)))
    return str(-total % 10)


def _abn(rng: random.Random) -> str:
    # An Australian Business Number: first digit less one, weights below, sum divisible by 89.
    weights = (10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19)
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(10)]
        digits_less = [digits[0] - 1, *digits[1:]]
        if sum(w * d for w, d in zip(weights, digits_less, strict=True)) % 89 == 0:
            s = "".join(map(str, digits))
            return f"{s[:2]} {s[2:5]} {s[5:8]} {s[8:]}"


def _nhs_number(rng: random.Random) -> str:
    # An NHS number: nine digits and a modulus-11 check digit (10 is never issued).
    while True:
        body = "".join(str(rng.randint(0, 9)) for _ in range(9))
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check != 10:
            s = body + str(0 if check == 11 else check)
            return f"{s[:3]} {s[3:6]} {s[6:]}"


def _aba_routing(rng: random.Random) -> str:
    # A US bank routing number: 3-7-1 weights, the sum a multiple of ten.
    body = f"{rng.choice((1, 3, 10, 11, 21, 26, 31)):02d}" + "".join(
        str(rng.randint(0, 9)) for _ in range(6)
    )
    partial = _weighted_check(body, (3, 7, 1), 10)
    return body + str(-partial % 10)


def _tlv(tag: str, value: str) -> str:
    return f"{tag}{len(value):02d}{value}"


def _emv_qr(rng: random.Random, cur: str, merchant: str, city: str, amount: int) -> str:
    # An EMVCo merchant-presented QR payload with its CRC-16/CCITT-FALSE checksum.
    numeric, country = _ISO_O[cur]
    account = _tlv("00", f"{merchant[:3].upper()}PAY") + _tlv("01", str(rng.randint(10**9, 10**10)))
    payload = (
        _tlv("00", "01")
        + _tlv("01", "12")
        + _tlv("26", account)
        + _tlv("52", rng.choice(("5411", "5812", "5999", "4121")))
        + _tlv("53", numeric)
        + _tlv("54", str(amount))
        + _tlv("58", country)
        + _tlv("59", merchant[:25].upper())
        + _tlv("60", city[:15].upper())
        + "6304"
    )
    return payload + f"{binascii.crc_hqx(payload.encode(), 0xFFFF):04X}"


def _line_o(rng: random.Random, category: str) -> str:
    drawn = _local_draws(rng, _VOCABULARY_O, _LOCALE_O, _NAMES_O, _ACTS_O, _SERVICES_O, _phone_o)
    brand, other, goods, place, trip, site, month, weekday, topic, slug, handle = drawn[:11]
    cur, _dial, name, act, service, year, day, month_no, tel = drawn[11:]
    surname = rng.choice(_SURNAMES_O)

    def price(low: float, high: float) -> str:
        return _price_o(rng, cur, low, high)

    if category == "ad":
        return rng.choice(
            [
                f"Third-party cover for your boda boda from USh {rng.randint(9, 19) * 5000:,} a "
                f"year, sticker delivered to your stage in {rng.choice(('Ntinda', 'Kawempe'))} "
                f"the same day · {brand} Assurance · {_phone_o(rng, '256')}",
                f"Guangzhou to Dar in {rng.randint(30, 45)} days: we consolidate every "
                f"fortnight, USD {rng.randint(18, 35) * 10} per CBM with clearing at Kurasini · "
                f"{brand} Cargo",
                f"Breakfast mealie meal, 25 kg, K{rng.randint(280, 420)} at {brand} "
                "Wholesalers on Cairo Road. Limit five bags per customer.",
                f"Serviced plots in {rng.choice(('Mogoditshane', 'Tlokweng', 'Mmopane'))}, "
                f"title deed ready, P{rng.randint(9, 40) * 10_000:,} cash or three instalments "
                f"— view {weekday} with {brand} Properties",
                f"4x4 Hilux with two rooftop tents, fridge and recovery kit from N$ "
                f"{rng.randint(12, 25) * 100:,} a day, unlimited km, collect at Hosea Kutako · "
                f"{brand} Self-Drive",
                f"Yaqona pounded and bagged, FJ${rng.randint(90, 160)}/kg at stall "
                f"{rng.randint(10, 99)}, Suva municipal market. We post to Brisbane and Sydney. "
                f"{brand} Kava",
                f"{brand} Mas {year}: frontline costumes TT${rng.randint(60, 95) * 100:,}, "
                f"backline TT${rng.randint(25, 45) * 100:,}, all-inclusive road drinks and "
                "security. Registration closes when the section is full.",
                f"West coast hotel transfers from Grantley Adams, Bds${rng.randint(70, 120)} "
                f"each way, car seats on request. WhatsApp {brand} Taxi: {_phone_o(rng, '246')}",
                f"Hourly maids with cleaning materials from QR {rng.randint(30, 45)}/hr in "
                f"{rng.choice(('Al Wakrah', 'Al Sadd', 'The Pearl'))}, minimum 4 hours · "
                f"{brand} Home Services",
                f"Eid collection: Dhakai jamdani from Tk {rng.randint(45, 180) * 100:,}, "
                f"delivery inside Dhaka in 24 hours, cash on delivery · {brand} · "
                "inbox for the catalogue",
                f"Annapurna Base Camp in {rng.randint(9, 14)} days: permits, TIMS card, a "
                f"licensed guide and porter from NPR {rng.randint(60, 130) * 1000:,} per head · "
                f"{brand} Treks, Thamel",
                f"Fresh Gulf shrimp truck in the Tractor Supply lot on {weekday}, 9 to 3: "
                f"heads-off 16/20s ${rng.randint(9, 14)}/lb, cash or card · {brand} Seafood",
                f"Halibut and sockeye, vacuum-packed and frozen, shipped to the Lower 48 in "
                f"insulated boxes: {rng.randint(10, 50)} lb from ${rng.randint(22, 34)}/lb · "
                f"{brand} Fisheries, Anchorage",
                f"Static pitch on the Holderness coast from £{rng.randint(28, 45) * 100:,} a "
                f"season, {year} site fees frozen · {brand} Parks, {_phone_o(rng, '1482')}",
                f"Split-system air con supplied and installed from ${rng.randint(15, 28) * 100:,}, "
                f"Adelaide metro, ask about the {rng.choice(('REPS', 'Solar Sunshine'))} rebate "
                f"· {brand} Air · {_phone_o(rng, '618')}",
                f"For sale: {goods}, hardly used, {price(20, 150)} ono. Collection from {place} "
                f"only, no timewasters. {tel}",
                f"Or {rng.choice((3, 4, 6))} interest-free payments of {price(8, 40)} with "
                f"{other} Pay ⓘ",
                f"JUST LISTED · {rng.randint(2, 5)} bed · {rng.randint(1, 3)} bath · "
                f"{place} · {price(90_000, 600_000)} · Open home {weekday} 11:00–11:30 · "
                f"{brand} Realty",
                f"Now hiring motorbike riders in {place}: own bike and smartphone, paid every "
                f"{weekday}, up to {price(60, 180)} a week. Apply on WhatsApp {tel}",
                f"Forklift and reach-truck licences in two days. Next intake {weekday} {day} "
                f"{month}, {price(150, 400)} all in · {brand} Plant Training, {place}",
                f"{act} · {weekday} {day} {month} · {brand} Amphitheatre, {place} · tickets "
                f"from {price(15, 60)} plus booking fee",
                f"Bottomless brunch at {brand}, {place}: ninety minutes, {price(25, 60)} a head, "
                "DJ from 1pm, booking essential",
                f"Is your {goods[:-1]} older than your kids? Trade it in at {brand} {place} for "
                f"up to {price(10, 60)} off a new one.",
                f"{brand}. Made in {place} since {year - rng.randint(20, 60)}.",
                f"These {goods.title()} Are Flying Off The Shelves In {place} — Here's Why",
                f"— {name} {surname}, {place}, verified buyer of {brand} {goods}",
                f"Personal loans from {rng.randint(6, 9)}.{rng.randint(10, 99)}% p.a. "
                f"(comparison rate {rng.randint(9, 12)}.{rng.randint(10, 99)}% p.a.)* · "
                f"{brand} Bank",
                f"{place} to {trip} from {price(90, 450)} return with {brand} Air. Fares "
                f"available until {weekday} midnight, limited seats.",
                f"{year - rng.randint(1, 6)} Toyota Hilux 2.8 GD-6 D/C, {rng.randint(40, 190)},000 "
                f"km, full service history, {price(18_000, 42_000)} · {brand} Motors · "
                "finance arranged",
                f"Flu jabs and travel vaccines at {brand} Health, {place}: walk in, no "
                "appointment, done in ten minutes",
                f"Enrolments now open for Term 1 {year} at {brand} Academy, {place}: small "
                "classes, school bus, boarding from Grade 5",
                f"{brand} solar lanterns charge in one day and light three nights. "
                f"{price(8, 25)} at {rng.randint(40, 300)} agents around {place}.",
                f"Gas cylinder refills delivered in {place} within the hour, 13 kg for "
                f"{price(15, 35)}. Call or text {tel}",
                f"Swimming lessons for ages 3 to 12 at {brand} Aquatics, {place}. Term starts "
                f"{weekday} {day} {month}.",
                f"Tax return done for you from {price(60, 120)}, same-day lodgement, no refund "
                f"no fee · {brand} Tax Agents, {place}",
                f"Sea-view rooms at {brand} Resort, Cox's Bazar, from Tk "
                f"{rng.randint(45, 120) * 100:,} a night with breakfast for two",
                f"Need a {service} in {place} this week? {brand} has {rng.randint(5, 25)} on "
                f"call, with prices on the website. {tel}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Paid partnership with {brand}",
                f"{name} {surname} · {rng.randint(2, 19)}:{rng.randint(10, 59)} · Includes "
                "paid promotion",
                f"@{slug} · Promotional content",
                f"{brand} · Promoted · {rng.randint(2, 90)},{rng.randint(100, 999)} followers",
                f"u/{slug}_official · Promoted",
                f"This promotional material was created and funded by {brand} Pharmaceuticals "
                "and is intended for UK healthcare professionals only. Job code: "
                f"{rng.choice(('UK', 'GB'))}-{rng.randint(1000, 9999)} | Date of preparation: "
                f"{month} {year}",
                f"This is a marketing communication. {brand} Investment Managers is authorised "
                "and regulated by the Financial Conduct Authority.",
                f"Match ball sponsor: {brand}, {place}",
                f"Hole {rng.randint(1, 18)} kindly sponsored by {brand}",
                f"Exhibitor spotlight: {brand} (stand {rng.choice('ABCDEF')}{rng.randint(1, 60)})",
                f"Price promotions in this circular are funded by participating suppliers, "
                f"including {brand}.",
                f"This advertisement is part-funded by {brand} under a co-operative advertising "
                "agreement.",
                f"Sponsored session: {brand} gives you {rng.randint(20, 45)} minutes of "
                "ad-free listening",
                f"The exhibition is made possible by {brand}, with additional support from the "
                f"{other} Trust.",
                f"{site} {topic} results are brought to you by {brand}.",
                f"Breakfast with {name} {surname}, in association with {brand} {place}",
                f"Who pays for this newsletter? This week, {brand}. Read our policy on sponsors.",
                f"Our partners: {brand} · {other} · {place} City Council · {site}",
                f"The drinks reception was kindly hosted by {brand}.",
                f"{name} {surname}'s registration for the {place} {topic} summit was waived by "
                f"its organiser, {brand}.",
                f"The following is a paid announcement from {brand}.",
                f"PAID PROGRAMMING. The views expressed are those of {brand} and not of {site}.",
                f"Images supplied by {brand}.",
                f"The carbon from {name} {surname}'s flights to {trip} was offset by {brand}.",
                f"Dishes were sampled at a press dinner hosted by {brand}, {place}.",
                f"Featured employer · {brand} is hiring in {place}",
                f"The obituaries page is sponsored by {brand} Funeral Home, {place}.",
                f"Ask the Expert is sponsored by {brand}: this week, {topic}.",
                "By registering you agree that your details will be shared with the sponsor, "
                f"{brand}, who may contact you about its products.",
                f"{site} community calendar · supported by {brand}",
                f"{brand} has a commercial arrangement with {site}'s parent company and is a "
                "client of its creative agency.",
                f"محتوى برعاية {brand}",
                f"प्रायोजित सामग्री · {brand}",
                f"Sponzorovaný obsah · {brand}",
                f"Платена публикация · {brand}",
                f"სპონსორი: {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(
            [
                *_FOREIGN_O,
                "Undetectable AI essays 📝 our humanizer beats Turnitin and GPTZero every time, "
                f"1,000 words for {price(10, 30)}. {slug}-humanize.example",
                f"After {rng.randint(20, 45)} years {brand} is closing down 😢 EVERYTHING MUST GO, "
                f"90% off all stock until {weekday} → {slug}-closing.example",
                "Hiring Package Inspection Agents: receive parcels at home, check and reship, "
                f"earn {price(20, 60)} per parcel, no experience. Telegram @{rng.choice(_USERS_O)}",
                "WhatsApp number banned? We unban any account in 30 minutes and recover hacked "
                f"Facebook and Instagram pages. DM {tel}",
                "1:1 mirror-quality replica bags, Hermès Birkin, Chanel Flap and LV Neverfull, "
                f"factory direct with box and receipt, {price(150, 400)}. {slug}-luxe.example",
                f"MOD APK v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 9)}: "
                "unlimited coins and gems, all levels unlocked, no root — "
                f"{slug}-apk.example",
                "Schengen visa appointment slots this week for France, Italy and Spain, "
                f"{price(80, 250)} per slot, pay after booking. WhatsApp {tel}",
                "This tiny plug-in box cuts your electricity bill by up to 90% and power "
                f"companies are furious. {slug}-powersave.example",
                "Get your own Wikipedia page written by experienced editors, guaranteed to "
                f"stay live or your money back, from {price(400, 1500)}",
                f"Fully funded scholarships to Canada, UK and USA {year}, no IELTS required. "
                f"Pay the {price(40, 120)} processing fee to secure your slot: "
                f"{slug}-scholars.example",
                f"Invest in carbon credits from {price(500, 2000)} and earn 18% a year "
                f"guaranteed, backed by rainforest projects. Call {name} on {tel}",
                f"Your Norton 360 plan has been renewed for $399.99. If you did not authorise "
                f"this charge call billing on +1 (8{rng.randint(33, 88)}) {rng.randint(200, 999)}"
                f"-{rng.randint(1000, 9999)} within 24 hours",
            ]
        )
    if category == "junk_token":
        words = rng.sample(_SLUG_WORDS_O, 2)
        user = rng.choice(_USERS_O)
        b64url = string.ascii_letters + string.digits + "-_"
        b64 = string.ascii_letters + string.digits + "+/"
        hh, mm, ss = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        ip = f"{rng.choice((41, 102, 103, 154, 196, 197))}.{rng.randint(0, 255)}."
        ip += f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        story = rng.randint(1000, 99999)
        epoch = rng.randint(1_760_000_000, 1_800_000_000)
        surname_mrz = surname.upper()
        passport = rng.choice("ABCDN") + str(rng.randint(1000000, 9999999)) + "<"
        birth = f"{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        expiry = f"{rng.randint(27, 35)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        country = _ISO_O[cur][1]
        country3 = {"UG": "UGA", "TZ": "TZA", "ZM": "ZMB", "BW": "BWA", "NA": "NAM"}.get(
            country, "GBR"
        )
        mrz = (
            f"{passport}{_mrz_check(passport)}{country3}{birth}{_mrz_check(birth)}"
            f"{rng.choice('MF')}{expiry}{_mrz_check(expiry)}{'<' * 14}<"
        )
        gtin = "0" + "".join(str(rng.randint(0, 9)) for _ in range(12))
        serial = rng.randint(1_000_000, 9_999_999)
        return rng.choice(
            [
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                + _from(rng, b64url, rng.randint(40, 90))
                + "."
                + _from(rng, b64url, 43),
                f'integrity="sha384-{_from(rng, b64, 64)}" crossorigin="anonymous"',
                f"at com.{handle}.cms.StoryController.render(StoryController.java:"
                f"{rng.randint(40, 900)})",
                "panic: runtime error: invalid memory address or nil pointer dereference "
                f"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x"
                f"{_short_hex(rng, 6)}]",
                "System.NullReferenceException: Object reference not set to an instance of an "
                f"object. at {brand.split()[0]}.Web.Controllers.ArticleController.Index()",
                f"{ip} - - [{day:02d}/{month[:3]}/{year}:{hh:02d}:{mm:02d}:{ss:02d} +0000] "
                f'"GET /{words[0]}-{words[1]}-{story} HTTP/2.0" 200 {rng.randint(2000, 90000)}',
                f"Mozilla/5.0 (Linux; Android {rng.randint(10, 15)}; "
                f"{rng.choice(('SM-A155F', 'TECNO KI5k', 'itel A665L', 'Infinix X6525'))}) "
                f"AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{rng.randint(120, 140)}.0.0.0 "
                "Mobile Safari/537.36",
                f"{month[:3]} {day:2d} {hh:02d}:{mm:02d}:{ss:02d} web-{rng.randint(1, 9)} "
                f"systemd[1]: Started Session {rng.randint(100, 99999)} of User www-data.",
                "HKEY_LOCAL_MACHINE\\SOFTWARE\\"
                + brand.split()[0]
                + f"\\Newsroom\\{rng.randint(2, 9)}.0\\Settings",
                f"data:image/webp;base64,UklGR{_from(rng, b64, rng.randint(40, 70))}",
                " ".join(
                    "#" + t
                    for t in rng.sample(
                        [
                            place.lower().replace(" ", ""),
                            f"{place.lower().replace(' ', '')}life",
                            words[0],
                            f"{words[1]}vibes",
                            "explorepage",
                            "weekendmood",
                            f"visit{place.lower().replace(' ', '')}",
                            "fyp",
                        ],
                        6,
                    )
                ),
                f"Order # {rng.randint(100, 999)}-{rng.randint(10**6, 10**7 - 1)}-"
                f"{rng.randint(10**6, 10**7 - 1)}",
                f"AWB {rng.choice(('157', '071', '176', '706'))}-{serial}{serial % 7}",
                f"M1{surname_mrz}/{name.upper()} E{_from(rng, string.ascii_uppercase, 6)} "
                f"{rng.choice(('DOHDAC', 'EBBDOH', 'LUNJNB', 'ADLSYD', 'POSBGI'))}"
                f"{rng.choice(('QR', 'KQ', 'BG', 'QF', 'BW'))} {rng.randint(100, 9999):04d} "
                f"{rng.randint(1, 366):03d}Y{rng.randint(1, 45):03d}{rng.choice('ABCDEF')}"
                f"{rng.randint(1, 300):04d} 100",
                _emv_qr(rng, cur, brand, place, rng.randint(5, 500) * 10),
                f"Routing {_aba_routing(rng)} · Account ****{rng.randint(1000, 9999)}",
                f"ABN {_abn(rng)}",
                f"NHS No. {_nhs_number(rng)}",
                f"P<{country3}{surname_mrz}<<{name.upper()}".ljust(44, "<"),
                mrz + _mrz_check(mrz[:10] + mrz[13:20] + mrz[21:43]),
                f"Cache-Control: public, max-age={rng.choice((60, 300, 600))}, s-maxage="
                f"{rng.choice((3600, 86400))}, stale-while-revalidate={rng.choice((30, 60))}",
                "User-agent: * Disallow: /wp-admin/ Allow: /wp-admin/admin-ajax.php "
                f"Sitemap: https://{handle}.example/sitemap_index.xml",
                f"SELECT id, headline, body FROM stories WHERE slug = '{words[0]}-{words[1]}' "
                "AND status = 'published' LIMIT 1;",
                rng.choice(("Invalid Date", "NaN", "NaN undefined NaN", "null null")),
                f"_ga=GA1.1.{rng.randint(10**8, 10**10)}.{epoch}; _ga_"
                f"{_from(rng, string.ascii_uppercase + string.digits, 10)}=GS2.1.s{epoch}$o"
                f"{rng.randint(1, 40)}$g1$t{epoch + rng.randint(10, 900)}$j60$l0$h0",
                f"cf-turnstile-response=0.{_from(rng, b64url, rng.randint(80, 140))}",
                f"Received: from mail-{_from(rng, string.ascii_lowercase, 2)}1-f"
                f"{rng.randint(40, 200)}.google.com (209.85.{rng.randint(128, 255)}."
                f"{rng.randint(1, 254)}) by mx.{handle}.example with ESMTPS id "
                f"{_from(rng, _ALNUM_LOWER, 12)}",
                f"-----BEGIN CERTIFICATE----- MIIF{_from(rng, b64, 60)}",
                f"{rng.randint(0, 30)}°{rng.randint(0, 59)}'{rng.randint(0, 59)}."
                f'{rng.randint(0, 9)}"{rng.choice("NS")} {rng.randint(25, 180)}°'
                f"{rng.randint(0, 59)}'{rng.randint(0, 59)}.{rng.randint(0, 9)}\""
                f"{rng.choice('EW')}",
                f"(01){gtin}{_gs1_check(gtin)}(17){(year + 1) % 100:02d}{month_no:02d}"
                f"{day:02d}(10){_from(rng, string.ascii_uppercase, 2)}{rng.randint(100, 999)}",
                f"<__main__.Story object at 0x7f{_short_hex(rng, 10)}>",
                f'a:2:{{s:5:"title";s:{len(words[0])}:"{words[0]}";s:2:"id";i:{story};}}',
                f'{story},"{words[0]}-{words[1]}",{year}-{month_no:02d}-{day:02d}T{hh:02d}:'
                f"{mm:02d}:{ss:02d}Z,published,{rng.randint(0, 999)}",
                rng.choice(
                    (
                        f"Financial Transaction Id: {rng.randint(10**10, 10**11)}",
                        f"TrxID {_from(rng, string.ascii_uppercase + string.digits, 10)}",
                    )
                ),
                f"M{rng.randint(2, 20)}.{rng.randint(10, 99)} {rng.randint(2, 9)}C"
                f"{rng.randint(2, 9)}.{rng.randint(10, 99)} {rng.randint(2, 9)} "
                f"{rng.randint(2, 9)} {rng.randint(2, 9)}.{rng.randint(10, 99)} "
                f"{rng.randint(2, 9)} {rng.randint(10, 20)}s{rng.randint(2, 9)}."
                f"{rng.randint(10, 99)} {rng.randint(10, 20)} {rng.randint(10, 20)}z",
                f"meet.google.com/{_from(rng, string.ascii_lowercase, 3)}-"
                f"{_from(rng, string.ascii_lowercase, 4)}-{_from(rng, string.ascii_lowercase, 3)}",
                f"{weekday[:3]} {month[:3]} {day:02d} {year} {hh:02d}:{mm:02d}:{ss:02d} "
                "GMT+0300 (East Africa Time)",
            ]
        )
    if category == "markup_residue":
        words = rng.sample(_SLUG_WORDS_O, 2)
        user = rng.choice(_USERS_O)
        n = rng.randint(1, 999)
        lat, lon = rng.uniform(-35, 25), rng.uniform(-160, 155)
        hh, mm = rng.randint(0, 23), rng.randint(0, 59)
        return rng.choice(
            [
                f'[contact-form-7 id="{_short_hex(rng, 7)}" title="Contact form 1"]',
                f'[rev_slider alias="{words[0]}-home"][/rev_slider]',
                f"[av_textblock size='' font_color='' color='' av_uid='av-"
                f"{_from(rng, _ALNUM_LOWER, 8)}']",
                f'[ux_banner height="{rng.randint(300, 600)}px" bg="{n}" bg_overlay='
                '"rgba(0,0,0,.3)"]',
                f'[cs_content][cs_section parallax="false" _id="{n}"][cs_row inner_container='
                '"true"]',
                '[siteorigin_widget class="SiteOrigin_Widget_Image_Widget"][/siteorigin_widget]',
                f'<div class="thrv_wrapper thrv_text_element" data-tag="p" data-css="tve-u-'
                f'{_short_hex(rng, 15)}">',
                f'<section id="brxe-{_from(rng, _ALNUM_LOWER, 6)}" class="brxe-section">',
                f"[table id={rng.randint(1, 40)} /]",
                f'[instagram-feed feed={rng.randint(1, 5)} num="{rng.choice((6, 9, 12))}"]',
                f'[mc4wp_form id="{n}"]',
                '<li repeat.for="story of stories">${story.headline}</li>',
                '<template is="dom-repeat" items="[[stories]]"><p>[[item.headline]]</p>',
                '<tpl for="stories"><div class="headline">{headline}</div></tpl>',
                f'<a href="/{words[0]}" up-target=".main" up-transition="cross-fade">',
                '<twig:Alert type="success" message="{{ flash }}" />',
                f"{{% component 'blogPosts' %}} {{{{ '{words[0]}/post'|page }}}}",
                f'<vdf:payload xmlns:vdf="http://www.vizrt.com/types"><vdf:field name="title">'
                f"<vdf:value>{words[0].title()}</vdf:value>",
                f'<!-- EMBED START Image {{id: "editor_{rng.randint(0, 9)}"}} -->',
                f'[tncms-inline content="" id="{_uuid4(rng)}"]',
                "Dear {!Contact.FirstName}, {!Organization.Name}",
                '<span class="eloquaemail">FirstName</span>',
                f"{{{{{{ {words[0].title()}Page }}}}}} [wiki:{words[1].title()}] "
                f"[ticket:{rng.randint(100, 9999)}]",
                f"{rng.randint(1, 200)} 00:00:{rng.randint(10, 59)},{rng.randint(0, 999):03d} "
                f"--> 00:00:{rng.randint(10, 59)},{rng.randint(0, 999):03d}",
                f"<Placemark><name>{words[0].title()}</name><Point><coordinates>{lon:.5f},"
                f"{lat:.5f},0</coordinates></Point></Placemark>",
                f'{{"type": "Feature", "geometry": {{"type": "Point", "coordinates": '
                f'[{lon:.4f}, {lat:.4f}]}}, "properties": {{"name": "{words[0]}"}}}}',
                f"=245  10$a{words[0].title()} :$b{words[1]} /$c{name} {surname}.",
                f"@startuml {words[0].title()} -> {words[1].title()}: publish @enduml",
                f'<link rel="alternate" hreflang="en-{_ISO_O[cur][1].lower()}" href="https://'
                f'{handle}.example/{words[0]}/">',
                f'<meta name="twitter:card" content="summary_large_image"><meta '
                f'name="twitter:site" content="@{handle}">',
                f"NEXT_PUBLIC_API_URL=https://api.{handle}.example/v{rng.randint(1, 3)}",
                f"[{hh:02d}:{mm:02d}] <{user}> did the {words[0]} piece go up yet?",
                f"*{words[0].upper()}* _Forwarded as received_ ~{words[1]}~",
                '<script id="Cookiebot" src="https://consent.cookiebot.com/uc.js" data-cbid="'
                f'{_uuid4(rng)}" data-blockingmode="auto"></script>',
                f'<a data-pin-do="embedPin" href="https://www.pinterest.com/pin/'
                f'{rng.randint(10**17, 10**18)}/"></a>',
                f'<div id="eventbrite-widget-container-{rng.randint(10**11, 10**12)}"></div>',
                f'{{"type": "paragraph", "text": "{words[0].title()}", "spans": [{{"start": 0, '
                f'"end": {len(words[0])}, "type": "strong"}}]}}',
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"🔊 Hear this story read aloud by {name} ({rng.randint(3, 14)} min)",
                f"Watch the full interview on our Kick channel, live from {place} every {weekday}",
                "Follow us on Lemon8 for recipes and street-style shots",
                f"Stream this week's {topic} playlist on Boomplay",
                f"Find the {site} podcast on Audiomack",
                "Follow our ShareChat page for news in your language",
                f"Add the {site} KakaoTalk channel to get the morning headlines",
                f"Check your PLE results: SMS your index number to {rng.randint(6000, 8999)}",
                "Is your national ID ready for collection? Check with your NIN here",
                "Track your passport application: enter your reference number",
                f"See the cyclone track map for {place} from the Met Service, updated every "
                "three hours",
                f"Open the dengue map: see cases reported in each ward of {place} this week",
                f"Check the river level at {rng.choice(('Chovar', 'Sundarijal', 'Gokarna'))} "
                "before you set out",
                "Hover over the bars to see each year's figure",
                "Show the full transcript",
                f"Read the full report (PDF, {rng.randint(1, 9)}.{rng.randint(1, 9)} MB)",
                "Press and hold the button to confirm you are a human (and not a bot).",
                "Please enable JavaScript and cookies to continue",
                "Switch to high-contrast mode",
                "Press ? to see keyboard shortcuts. J and K move between stories.",
                "Shake your phone to send us feedback",
                "Data running low? Switch to Lite mode, text only",
                "Light a virtual candle and leave a message for the family",
                "Add your ticket to Apple Wallet",
                f"Support our reporting: pay with bKash to {_phone_o(rng, '880')}",
                f"See today's saleyard prices for cattle, sheep and goats in {place}",
                "Check tonight's Lotto numbers and see if you've won",
                f"Get the {year} school holiday dates for {place}",
                f"Listen to live commentary of {weekday}'s {topic} on {site} Radio",
                "Watch the live stream from parliament",
                f"See the results in every constituency in {place} on our live map",
                f"Find your nearest vaccination centre in {place}",
                f"Get the ingredients for this recipe delivered in {place} with one tap",
                "हाम्रो एप डाउनलोड गर्नुहोस् र ताजा समाचार पाउनुहोस्",
                "Wanula app yaffe osobole okusoma amawulire buli lunaku",
                f"…and if you have photos of the flooding in {place}, send them to us on WhatsApp.",
                f"…or tell us in the comments which {goods} have lasted you longest.",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


def _token(rng: random.Random, n: int) -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        token = "".join(rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in token) and any(c.isupper() for c in token):
            return token


def _line(rng: random.Random, category: str) -> str:
    brand, goods = rng.choice(_BRANDS), rng.choice(_GOODS)
    pct = rng.choice((15, 20, 30, 40, 50, 60, 70))
    domain = f"{brand.lower()}{rng.randint(1, 99)}.example"
    if category == "ad":
        return rng.choice(
            [
                f"★ {brand} {goods} at half the usual cost — delivered to your door ★",
                f"Cheap {goods} from {brand}: {pct}% below retail at https://{domain}/deal",
                f"{brand} {goods} priced lower than anywhere else! Details at {domain}",
                f"{brand} coin investing app pays you every day → https://{domain}",
            ]
        )
    if category == "sponsor":
        return rng.choice(
            [
                f"Sponsored: {brand} {goods}",
                f"Paid post from {brand}",
                f"Promoted: {brand} Financial",
                f"Partner content by {brand}",
            ]
        )
    if category == "injected_spam":
        return rng.choice(_FOREIGN)
    if category == "junk_token":
        return rng.choice(
            [
                _token(rng, rng.randint(28, 44)),
                str(uuid.UUID(int=rng.getrandbits(128))),
                f"{_token(rng, 20)} {_token(rng, 26)}",
                "-".join(
                    rng.sample(["local", "news", "update", "report", "city", "vote", "plan"], 5)
                )
                + f"-{rng.randint(2000, 2030)}",
            ]
        )
    if category == "markup_residue":
        return rng.choice(
            [
                '<!-- wp:heading {"level":3} -->',
                f'[caption id="attachment_{rng.randint(100, 9999)}" align="alignright"]',
                '<div class="ad-slot"></div>',
                "{{ article.related_block }}",
                f'[embed width="{rng.randint(300, 900)}"]',
            ]
        )
    if category == "call_to_action":
        return rng.choice(
            [
                f"Grab {brand} {goods} today and pay {pct}% less",
                f"Get your {goods} this week for only ${rng.randint(9, 99)}.99",
                f"Redeem the {brand} voucher before midnight",
                f"Join today and take {pct}% off your first purchase",
            ]
        )
    raise ValueError(f"unknown category {category!r}; expected one of {INJECTED_CATEGORIES}")


def inject_spam(
    articles: pd.DataFrame,
    *,
    per_article: int = 3,
    categories: tuple[str, ...] = INJECTED_CATEGORIES,
    seed: int = 0,
    style: str = "a",
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Insert spam lines between the lines of real articles.

    Every spam line is inserted as its own paragraph (blank lines around it)
    at a random place after the first line; categories cycle so that every
    category is planted about equally often.

    Parameters
    ----------
    articles : pandas.DataFrame
        Articles with ``article_id`` and ``text`` (other columns are kept).
    per_article : int, default 3
        Spam lines planted per article.
    categories : tuple of str
        Categories to plant, from :data:`INJECTED_CATEGORIES`.
    seed : int, default 0
        The same seed gives the same output.
    style : str, default "a"
        One of :data:`STYLES` ("a" to "o"), the template set: ``"a"`` is the
        one the detector was tuned on, ``"b"`` a development set, ``"c"`` and
        ``"d"`` held-out sets that have since been studied, ``"e"`` a set
        written blind whose misses have
        since been read, ``"f"`` a development set written the same blind way whose
        misses may be studied, ``"g"`` a set written the same way whose
        misses have since been read (development), ``"h"`` to ``"m"`` the
        same, and ``"n"`` and ``"o"`` the newest blind sets, written under the
        same rule (see the module docstring).

    Returns
    -------
    (pandas.DataFrame, pandas.DataFrame)
        The articles with the spam planted (same rows and columns, new
        ``text``), and the truth: one row per line of the new texts,
        ``article_id``, ``line_no`` (1-based raw line), ``text``, ``injected``
        (True for planted lines) and ``category`` (the planted category,
        else ``None``).

    Examples
    --------
    >>> import pandas as pd
    >>> articles = pd.DataFrame({"article_id": ["a"], "text": ["Title\\n\\nFirst paragraph."]})
    >>> planted, truth = inject_spam(articles, per_article=2, seed=1)
    >>> int(truth["injected"].sum()), truth.loc[truth["injected"], "category"].tolist()
    (2, ['ad', 'sponsor'])
    """
    unknown = set(categories) - set(INJECTED_CATEGORIES)
    if unknown:
        raise ValueError(f"unknown categories {sorted(unknown)}; expected {INJECTED_CATEGORIES}")
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; expected one of {STYLES}")
    make = {
        "a": _line,
        "b": _line_b,
        "c": _line_c,
        "d": _line_d,
        "e": _line_e,
        "f": _line_f,
        "g": _line_g,
        "h": _line_h,
        "i": _line_i,
        "j": _line_j,
        "k": _line_k,
        "l": _line_l,
        "m": _line_m,
        "n": _line_n,
        "o": _line_o,
    }[style]
    return plant_lines(articles, make, categories=categories, per_article=per_article, seed=seed)


def plant_lines(
    articles: pd.DataFrame,
    make: Callable[[random.Random, str], str],
    *,
    categories: Sequence[str],
    per_article: int,
    seed: int,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Insert ``per_article`` lines made by ``make(rng, category)`` between each article's lines.

    Categories cycle through ``categories``; returns the planted articles and
    the truth table of :func:`inject_spam` (one row per line of the output).
    """
    rng = random.Random(seed)
    texts, truth = [], []
    k = 0
    for article_id, text in zip(articles[ARTICLE_ID], articles[TEXT], strict=True):
        paragraphs = [p.strip() for p in str(text if isinstance(text, str) else "").split("\n")]
        lines: list[tuple[str, str | None]] = [(p, None) for p in paragraphs if p]
        for _ in range(per_article):
            category = categories[k % len(categories)]
            k += 1
            lines.insert(rng.randint(1, max(len(lines), 1)), (make(rng, category), category))
        texts.append("\n\n".join(line for line, _ in lines))
        for i, (line, category) in enumerate(lines):
            truth.append((str(article_id), 2 * i + 1, line, category is not None, category))
    planted = articles.assign(**{TEXT: texts})
    frame = pd.DataFrame(truth, columns=[ARTICLE_ID, "line_no", TEXT, "injected", "category"])
    return planted, frame.astype({"injected": bool})
