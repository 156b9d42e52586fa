"""The tagger's version, stored on every tagged row; bump it when data/*.toml or the tagging logic changes."""

# 2026.12.22: issue 18 text rules for unseen employers (CJK duty lists, CJK/KR/JA words, CJK crypto x AI proximity,
# short listings, title acronyms)
# 2026.12.23: issue 18 section-aware reading (nice-to-have / benefits / company-intro sections), CJK remote work
# modes, partial remote in titles, far cities in Han script
# 2026.12.24: issue 18 unseen batches 7-8: bracketed and own-wording section headers (【有如下经历者优先】…),
# an "anywhere" location yields to the text's labeled work place (不限地址 + 工作地：北京), software names in
# running text are no places (Tokio), AICC / AI contact center
# 2026.12.25: issue 18 crypto x AI intersection (unseen9-10): "decentralized AI" alone needs a crypto word (edge AI
# is not crypto), the network sense spelled out is both, a shipped "both" employer group (GPU networks, zkML, agent
# networks, bitcoin miners' AI clouds), the posting's own About paragraph counts once, lists ending in "technologies"
# 2026.12.26: issue 18 community posts (unseen11-12): technologies a company combines or has are fields (结合/拥有 …
# 与/、 … 技术), requirement items ending in a wish word are mentions, a role heading ends the About paragraph, a
# "Company | Role | Place | url" header line gives company, domain, title and place, a first-person paragraph under
# it is the About paragraph
# 2026.12.27: issue 18 unseen batch 13 (Asian boards): judging model output is AI work (raters, annotators, "Data
# Trainer"), mirrors' pinyin readings ("開發(fā)") skipped before CJK terms, "we're building X that powers <business>",
# "Work Arrangement" / "Remote" on two lines is a location line, a CJK place that qualifies a rank, an award or a state
# carrier ("中国领先", "德国红点设计奖", "中国移动") names no work place, examples of a discipline ("statistics (e.g.,
# machine learning, NLP)") are that discipline's tools; "model risk" is a bank's function, not ML
# 2026.12.27: issue 18 crypto x AI crossings (unseen14): an AI modifier on a crypto product ("an AI-powered DeFi
# startup"), an AI actor beside a crypto rail ("AI agents ... pay in USDC", "restaked ETH ... AI agents"), strong AI and
# crypto terms in one plain sentence; buyer lists and candidate backgrounds are mentions; a company's own text decides
# its sector without the short-posting bonus
# 2026.12.28: issue 18 unseen batch 15 (Europe, LatAm, Africa, Middle East boards): bare "crypto" near encryption work
# is cryptography; a group's list of its businesses names sister companies (a mention); Portuguese / Spanish / French /
# German self-descriptions ("Nossa empresa" / "Uma das 10 empresas mais relevantes de Blockchain") and use verbs;
# regions: "América Latina" / "Europa" / "Lateinamerika", a rank's scope ("o maior ... da América Latina") places no
# job, "GCC" is the Gulf only alone or before a region word, a remote job's "company based in X" restricts nothing;
# "LLM-assisted" is a tool, "is an advantage" / "desirable" hedge a short ad's sector word
# 2026.12.29: issue 18 unseen batch 16: a modeling role in the title ("AML Modeling Engineer") is ML work when the
# duties name machine learning (like "data scientist", never enough alone); modeling of buildings, rivers, rock and
# plants (energy, hydraulic, reservoir, BIM... modeling) is physics, not data;
# the CJK role words (风控建模工程师, 리스크 모델링, リスクモデリング) weigh the same; a numbered item's ordinal
# ("2、熟悉…") is no list separator, so a Chinese requirement is not read as a tag cloud
# 2026.12.30: issue 18 unseen_hs4 (the session-4 holdout, now tuning): a markdown job list's category heading above
# an employer heading and bullets ("## Computer Vision / ### honeywell / - Database Admin Analyst") is the list's
# filing, not the posting's sector; an AI scientist of a discipline ("the AI Physicist", "AI Chemist") is AI work
# like "AI researcher"
# 2026.12.31: issue 18 region rules (unseen17): residence / work-permit conditions and working-hours conditions
# restrict a remote job, a zone alone in a location segment, a state code beside its country (chips included),
# title-case "Us", city-named software next to its trade (Cairo, Phoenix, Jakarta, Athena), 平台 before 台X,
# Vietnamese district forms, "hiring globally" / "remotely or at any of our hubs" are remote, investors' places,
# Spanish / Portuguese / French / German location labels, "Bogotá, D.C.", "CABA", places joined by "and" are a
# list, a named office of a small city, "This is remote work", remote title tails only in the remote sense,
# "Remote OK", "North American", GMT+8 is an offset, IST / WIB / PHT / MYT / PKT zones, CJK working-hours conditions,
# a hiring-thread header's remote field is its place when it names no other ("Acme | Engineer | REMOTE | url"),
# "North/South America", Hangul words that spell Chinese cities (위해) are no places in running text
# 2026.12.32: issue 18 unseen batch 18 (unlisted employers): the security idiom "invent/roll their own crypto" is
# cryptography; "About the project" heads a (web3) employer's About paragraph like 项目介绍
# 2026.12.33: issue 18 unseen_hs5 (the session-5 holdout, now tuning): the employer's "We (proudly) build / are
# building / have built ..." read to the end of its object and past a colon (and as the opening of its About
# paragraph); a self-description that only uses or explores the thing, or builds a team, is none; cloud compute beside
# a network word is no AI; a team's roster of specialties is no crossing; "(not required)" / "(optional)" close a
# wish; a contractor's プロジェクト例 / 案件例 are mentions; "## Location" / "* Remote" on two lines is a location line
# 2026.12.35: issue 18 unseen batch 20 (Asian postings): "city, state code, country code" location strings with
# placeholders ("N/A, N/A, IN" is India, not Indiana), Chinese posts' "Base 地：深圳" location line, and the CJK
# names of an AI platform (AI中台, AI平台, 人工智能平台, 算法平台) as strong AI terms like English "ai platform".
# 2026.12.36: company knowledge from other postings fills only a posting whose own text earns no sector, and a
# majority of them now reaches the threshold alone (prior 0.8-0.95, was 0.75-0.95); offline, an input's other lines
# of the same employer count as its other postings (tagging/siblings.py)
# 2026.12.37: issue 18 unseen batch 21 (trap words): a location string's time-zone wish ("GMT+3 to GMT+8 preferred")
# restricts nothing and "globally" is worldwide; a region word opening a colleague's title ("the North American
# Finance Manager") and "RTP" (the payments rail) in free text name no place; a sentence disclaiming the crypto
# business ("não tenha atuação ... no mercado de criptoativos") zeroes the description's crypto points
# 2026.12.38: issue 18 unseen batch 22 (crypto x AI intersection): "decentralized trading venue/platform" is a DEX by
# another name (crypto); GPU programming (CUDA) as a posting's only core AI evidence next to HPC tools (MPI, OpenMP,
# Slurm) is not AI (tagging/hpc_gpu.py); a bare "Georgia" location is the US state when the text names a town with
# "GA" (tagging/us_georgia.py)
# 2026.12.39: issue 18 unseen_hs6 (the session-6 holdout, now tuning): Taiwan's AI words (人工智慧, 自然語言處理) and a
# chatbot built by the employer (聊天機器人 / 聊天機械人) are AI; a title's post tag ("[Hire]") is no place (Hiré, CI);
# "Global" opening a name in a title ("Global Cybersoft tuyển dụng") is no remote word; a group's "present in France,
# Tunisia, Cambodia and China" footprint names no job place; Vietnamese "Địa điểm làm việc: Q.6" is Vietnam
# 2026.12.40: issue 18, the crypto x AI intersection in more words (branch tag26): tokens paid to node operators are
# money even next to GPU and inference words, and miners named with validators are a chain's roles
# (tagging/cryptoeconomics.py); "decentralized AI", "decentralized GPU network" and "AI and blockchain" in Portuguese,
# Spanish, French, Italian and German; AI agents in those languages; AI agents beside a chain or a DEX (Solana,
# Ethereum, DeFi) cross; "proof of useful work"; "the AI layer for Web3", "a blockchain for AI"; "AI and HPC" hosting
# 2026.12.41: issue 18 unseen batch 25 (hard locations): a subdivision code before its country's name ("CO, United
# States" is Colorado, tagging/code_before_country.py); a title's middle slots ("Lead Engineer - ANZ - Wellington -
# Permanent", tagging/title_places.py) and a title's territory word yields to a concrete title place
# (tagging/title_territory.py); a Brazilian state's code in a Portuguese posting ("Hibrido - SP") names Brazil
# (tagging/brazil_states.py); a hybrid or on-site job with no place is no worldwide remote (tagging/hybrid_mode.py);
# a location field's small town (5,000+ people, one country) names its country (tagging/small_towns.py); a remote
# job's restriction said as "<place> only" or in Spanish / Portuguese / French / German residence and base clauses
# (tagging/restriction_phrases.py); a US state after a preposition in an on-site job's text (tagging/us_state_text.py);
# a state code after a slash ("Belo Horizonte/MG") or after a city of its country ("Chennai, TN") is that state; a
# title slot naming the employer ("… | BHS" at BHS) is no place (tagging/title_territory.py)
# 2026.12.42: issue 18 unseen batch 23 (community and job-site genres): building AI agents is AI work in any script
# ("Design and build AI Agents", "负责AI Agent的设计与开发", "AI 에이전트 개발"), not agents a team builds as its own tooling
# (tagging/agent_work.py); "remote-first" and "looking for a remote job" make a post remote; where the team sits
# ("people in the US and UK", "distributed across ...") and a remote job's headquarters name no job place
# (tagging/footprint.py); a community post's header line with bullets or spaced dashes ("Acme • ML Engineer • Berlin
# • Hybrid") is read like the pipe form (tagging/post_header.py); "work from anywhere" and "hiring globally" make a
# post remote even when it never writes "remote"
# 2026.12.43: issue 18 unseen batch 26 (short community posts at unlisted employers): a terse post's (under 1,200
# characters) stack line naming a chain or an ML framework as a whole item ("Stack: Rust, Solana, Anchor", "Our stack:
# Python, PyTorch, vLLM"; not "Solana Pay", not under nice-to-have), a token ticker beside a name ("Lumora ($LUM)"),
# the employer described as a chain or built on one ("an L2 team", "a Move-based L1", "a game on TON", "Built on
# Base") (tagging/terse_posts.py); inference platforms / clouds / providers (not causal inference), open-weight
# models, self-custodial wallets, perpetuals exchanges and appchains are core terms
# 2026.12.44: issue 18 unseen_hs7 (tag29): where a company is listed or registered or a trend began names no work
# place ("在美国成功上市", "在美國註冊的公司", "從美國開始流行", "went public in the US"; tagging/corporate_places.py);
# "X is a (fully) remote team / company" makes a post remote; a role line of its own with a remote tail ("Web3
# Developer (Remote)") makes a post remote (tagging/role_line.py); a CJK title's 【…】 slot is read like a bracketed
# tail once its hiring word is off ("【徵才US or TW】"; tagging/title_brackets.py); a title's comma list of 3+ big cities
# is a list, not a city and its qualifiers ("Berlin, Amsterdam, Hamburg, Munich, or Stuttgart"; tagging/city_list.py);
# "AI训练", "AI推理", "推理引擎" are core AI terms (the English list's), and CJK core AI terms keep a posting's AI evidence
# beside CUDA and MPI (tagging/hpc_gpu.py weighed them 0)
# 2026.12.45: issue 18 unseen batch 28 (Asian, listing-only postings at unlisted employers): a CJK company name's sector
# word reads like its Latin spelling ("(주)와따에이아이" is "와따 AI", "XX人工智能科技", "エーアイ", "블록체인") and a
# name's CJK part is one of its words (tagging/cjk_names.py); a Hangul place name starting inside a longer Hangul word
# is no place ("재원산업" holds 원산, Wonsan; tagging/hangul_places.py); Korean cities geonames names only in Latin
# (파주, 서산, 창원, 김해...); the Japanese 機械学習 / 深層学習 written in Chinese characters (机械学习, 深层学习)
# 2026.12.46: issue 18 intersection (tag30): a network's incentives without the word "token" are crypto evidence (a
# network paying its miners for their work, not a mine site's wages; stake slashed, not prices; network_incentives.py);
# a payer naming whom it pays in tokens is money ("pays GPU providers in tokens", "rewarding contributors with esNEB
# tokens"); a sentence holding an AI term and such pay or incentives is a crossing; "autonomous agents" are a weak AI
# term and an AI actor beside a crypto rail; a coin named only as how the employer is paid or pays ("we accept payment
# in bitcoin", "contract paid per hour in USD or USDC") is a mention (payment_mentions.py); in a sentence naming x402
# or ERC-8004 ("erc 8004" is a both term) every "agents" is a software agent; a use verb blocks the rail crossing only
# when it governs the AI actor ("uses AI agents"), not the rail ("pay ... using stablecoins"); the rail may stand 14
# tokens from the actor
# 2026.12.47: issue 18 unseen batch 29 (generic titles at unlisted employers, sector only in the pitch): mining words
# in a posting about ore, pits, drill and blast and FIFO rosters are an industry (tagging/mine_sites.py); "the wider /
# broader crypto (or AI) community / ecosystem" makes it the employer's own (tagging/community_membership.py); an
# exchange's P2P / OTC merchants and fiat on-ramps, agent evaluations, frontier models and ground truth are core terms;
# a lender's (ML-based) decisioning model is its credit function, not ML; a description's opening tagline (short,
# verbless, no person, no hiring or using word: "Transferable start-up shares for investors – on the blockchain") is
# the employer's self-description (tagging/taglines.py); a sentence whose AI / ML / blockchain "allows us to" do the
# business is a means: left out of the company's own text and of the short-posting bonus (tagging/means_clauses.py)
# 2026.12.49: issue 18 unseen_hs8 sector misses (branch tag34): an algorithm post (算法岗 / 算法岗位) is Chinese hiring
# language for an ML role and weighs as 算法工程师 does, unless a non-ML field (consensus, cryptography, coding, trading,
# signal, control) qualifies the algorithm (tagging/algorithm_posts.py); a Romance self-description's gerund clause of
# making or promoting ("somos um grupo ..., promovendo ... o mercado de criptomoedas") names the business
# (tagging/romance_gerunds.py)
# 2026.12.50 (tag33): issue 18 unseen_hs8 region misses: remote work offered beside a local place ("remote or local
# in Sydney", "Remote work or office in NYC") restricts nothing (tagging/remote_choice.py); "work in <place>" on a line
# that calls the job remote restricts it ("Work in the UK or in Berlin, Germany fully remote";
# tagging/remote_work_places.py); a working-hours window around one offset opens every offset in it ("within two to
# three hours of ... (GMT+10)" is asia + oceania; tagging/zone_window.py); a CJK location label as a markdown heading
# ("# 公司地址" + next line) is the location line (tagging/heading_labels.py); a form question about a place answered
# no names none (tagging/form_questions.py); a label value glued to the next label ("BengaluruJob") is split
# (tagging/glued_words.py); "Remote" in the field with a hybrid week at "our ... Berlin office" is that office
# (tagging/hybrid_office.py); where customers are ("customers live outside the U.S.") is no work place
# (tagging/customer_places.py); a direction between a city's name and 路/街 ("杭州南路") is a street (cjk.py)
# 2026.12.51 (tag35): issue 18 unseen30 misses: a bold markdown label ("- **Location**: Remote") is a location line
# (tagging/markdown_labels.py); a currency's prefix ("US$238 million") names no place (tagging/currency_codes.py); a
# working-hours condition naming a country's clock ("(France time zone)") or a window around it ("+/- 3h de la
# France": europe + africa + mena) gives its regions, and French, Spanish, Portuguese and German time-zone words cue
# the condition ("fuseau horaire CET"; tagging/country_zones.py); a grant of the employer's own token as pay ("a
# vested allocation of LOOKS", "equity and tokens") is crypto evidence (tagging/token_grants.py); a role's slot line
# with a "Remote" slot ("Web3 Project | Full-time | Remote") marks it remote (tagging/role_line.py); a French base
# clause naming a town by its département number ("basé à Lavaur (81)") is France (tagging/departement_codes.py)
# 2026.12.52 (tag36): issue 18 unseen31 misses: a negation of the candidate's record ("no history of ... grey-market
# crypto activities") is no employer disclaimer (tagging/disclaimers.py); a board's tag line read without its stamp
# ("... 컴퓨터비전 외 수정일 24/12/01") is a tag cloud (tagging/board_stamps.py); a title's wish clause ("..., AI vision
# 경험자 우대") names no title term (tagging/title_wishes.py); a training course's syllabus list ("[국비무료IT취업]자바파이썬/
# 웹개발/빅데이터/인공지능", "IT[AI·SW] / 품질관리[바이오·이화학] 취업실무교육") is no job (tagging/course_ads.py)
# 2026.12.53 (tag37): issue 18 unseen_hs9 misses: an employer whose other postings split between the sectors (each
# reaching half only by counting the `both` ones twice) is a mixed shop and gives no postings prior
# (tagging/mixed_employers.py); a French city's area by its adjective ("En région parisienne ou lilloise") is France
# (tagging/french_metro_areas.py); an English "## Work Location" / "## Job Location" heading with its value on the next
# line is the location line (tagging/heading_labels.py); an on-site job's site by its distance from a town ("90km East
# of Polokwane") is that town's country (tagging/distance_places.py); a remote job's "we are located in X" / "core
# operations based in X" is the company's seat, no restriction (tagging/footprint.py)
# 2026.12.54 (tag40): issue 18 unseen_hs10 misses: a pay amount written in a coin ("5w+ RMB（USDT）", "3000-5000
# USDT/月") names the coin as pay, a mention (tagging/payment_mentions.py); an employer that educates, engages, grows or
# onboards "the DeFi community" speaks to its own audience (tagging/community_membership.py); "AI" inside a longer
# location segment is the field, not Anguilla (places.toml word_codes); an Indonesian regency or province by its
# administrative word ("Kabupaten Penukal Abab Lematang Ilir") is Indonesia (tagging/indonesian_divisions.py);
# unseen32 misses: "we offer remote work", "(remote, full-time or part-time)" and "可 Remote" make a post remote
# (tagging/remote_phrase.py, regions.py), a markdown-bold place after a cue counts ("based in **Asia**"), and a remote
# job's "<Name> Ltd, located in X" is the employer's seat (regions.py)
# 2026.12.55 (tag42): issue 18 unseen33 (listing-only records): "data scientist" in Japanese, Korean and Chinese is a
# role word like the English one, never an AI job alone (data/taxonomy.toml ai_role; データサイエンティスト weighed 1.5);
# a company name gluing "AI" to a word in camel case ("CitadelAI") reads like the spaced name (tagging/glued_acronyms.py);
# "Prompt Engineer" is an AI title (taxonomy); "PAN INDIA" is India, not Panama, "Bali" the island, "NAMER" the US and
# Canada (data/places.toml)
# 2026.12.56 (tag43): issue 18 unseen_hs11 (listing-only records): "task mining" is process analysis, not crypto
# mining (data/taxonomy.toml negatives), and a Japanese title promoting AI use ("AI活用推進") is no AI job when the bare
# "AI" is its only AI term (tagging/ai_use_titles.py); a
# crypto fund's name in its portfolio job board's name ("Jobs | Multicoin Capital Job Board") is the board, not the
# company's backer (taxonomy unless_near); an ML role word in the title ("Research Engineer") with a machine-learning
# skill tag is core AI evidence (tagging/role_skills.py)
# 2026.12.57 (tag44): issue 18 unseen34 (listing-only Chinese board records): 智能体 / 智能體 (an AI agent) in a
# company's name reads "ai" like 人工智能 (tagging/cjk_names.py), kept whole where 智能 "smart" precedes a word that
# begins with 体 (智能体育 smart sports, 智能体验, 智能体检, 智能体系, ...)
# 2026.12.58 (tag45): issue 18 intersection: a crypto (or AI) fund's portfolio job board named in a listing ("Jobs |
# Paradigm Job Board") decides the fund's sector when the title alone decides the other one: an ML researcher at a
# crypto-fund portfolio company is both (tagging/fund_boards.py; tuning both-F1 0.937 -> 0.942 shipped)
# 2026.12.59 (tag46): issue 18 unseen35 (listing-only ATS board records): a one-word company name ending in "crypto"
# (a board slug such as "flipsidecrypto") reads crypto like one ending in "dao" or "defi" (tagging/company.py)
# 2026.12.60 (tag47): issue 18 company-blind review: a chain's testnet, mainnet and full nodes are crypto terms; a
# required (unhedged, unwaived) crypto background in the main text counts like a self-description line
# (tagging/required_background.py); tuning macro-F1 0.8956 -> 0.8985 blind, 0.9567 -> 0.9576 shipped
# 2026.12.61 (tag47): a "not" elsewhere in a requirement sentence waives nothing; an interest in or a passion for a
# crypto field asked of every candidate counts like a required background; tuning blind macro-F1 0.8985 -> 0.8995
# 2026.12.62 (tag48): issue 18 unseen_hs12: an employer whose other postings are exactly half in a sector gives no
# prior from them, a tie is no majority (tagging/mixed_employers.py even_split; a video platform's three operations
# roles among two ML roles, ai -> none; tuning shipped macro-F1 0.9517 -> 0.9530)
# 2026.12.63 (tag48): a katakana place name followed by a kana no word begins with (ン, ー, ッ, small kana) was cut
# from a longer word: "バックボーン" (backbone) is not Bo, Sierra Leone (tagging/katakana_words.py)
# 2026.12.64 (tag48): an AI division named in a title whose role words decide crypto ("クリプトエンジニア（開発・AI本部）",
# "... (AI Division)") is the division, not the job, when that bare "AI" is the posting's only AI term
# (tagging/ai_use_titles.py; tuning both-F1 0.9326 -> 0.9375 shipped, 0.8865 -> 0.8913 blind)
# 2026.12.65 (tag48): a wallet word that is the posting's only crypto term and one item of a title's list of three or
# more products ("…・Yahoo!知恵袋・LINEウォレット", "Maps, Photos, Wallet") is a payment app (tagging/title_products.py;
# the title checks are called together from tagging/title_senses.py)
# 2026.12.66 (tag49): issue 18 unseen36: a sentence naming its buyers ("... for leading tech enterprises, governments,
# and AI labs") is a mention from the buyer clause on; the employer's own words before it keep their weight ("a global
# AI infrastructure company that designs and builds GPU data centers powering AI research for ...") (intersection.py
# buyer_clause_start; a GPU data-center builder's construction manager none -> ai)
# 2026.12.67 (tag49): a wallet the posting itself calls a stored-value or balance account ("wallet/balance products",
# "stored value account", "e-wallet") is a payment wallet: crypto is withdrawn when the rest of its evidence is a
# passing mention in the description (tagging/stored_value.py; unseen36 a fintech's wallet PM crypto -> none)
# 2026.12.68 (tag50): issue 18 unseen37 (Korean and Chinese listing-only postings): data / text / process mining
# (데이터마이닝, データマイニング...) is matched whole and weighs nothing, so its 마이닝 is no crypto (taxonomy [cjk]
# neutral); a use word (활용, 活用...) after a clause of making ("암호화폐 거래소를 만들고 이를 활용할 수 있는") no longer
# hedges a short listing's core term (tagging/built_first.py); a company "centred on AI technology" in Korean (AI 기술
# 중심의) is a strong AI term; Latin letters glued to CJK script on both sides ("인천IT타워") are no country code
# (locations._GLUED_LATIN); tuning (1,807) shipped macro-F1 0.9529 -> 0.9557, blind 0.8964 -> 0.8992, region 0.9734 ->
# 0.9740, only unseen37 items move
# 2026.12.69 (tag51): issue 18 unseen_hs13 misses (the session-13 holdout, now tuning): a name right after a city
# (市/都/縣) and before 區/区 is that city's district ("台北市中山區" is not Zhongshan, Guangdong; cjk.py); a place
# before "-listed" / "-incorporated" ("a U.S.-listed company") is a stock listing (corporate_places.py); 深度学习机会
# is a chance to learn in depth (taxonomy [cjk] neutral); a list's applications in a domain ("了解人工智能、物联网等在
# 农业方面的场景应用") is a technology enumeration (sector.py); a cooling / power supplier's buyers after its product
# ("cooling solutions in the cryptocurrency mining and AI systems") are mentions (intersection._SUPPLY); tuning (1,865)
# shipped macro-F1 0.9549 -> 0.9571, blind 0.9006 -> 0.9027, region 0.9737 -> 0.9748, country 0.9727 -> 0.9753
# 2026.12.71 (tag53): issue 18 unseen39 (Asian postings): a place name that is a language's stem is no place
# ("日本語能力", "한국어"; cjk_languages.py); an English district beside the abbreviated city ("HCM, District 1",
# "District 4, HCM") is a Vietnamese address (latin_addresses.py); "help businesses in Singapore and across Asia" names
# the market (customer_places.py); over every tagging tuning file (1,887 postings, both modes) only three unseen39
# items change, all to their labels (region 0.909 -> 1.000 on unseen39)
# 2026.12.72 (session 14, lead): "Logos", a GeoNames alternate name of Lagos, is no place in free text (a Greek word
# and company name: un38-jobsonlineafrica-logos-messaging-rust read Nigeria); a location field still reads it
# 2026.12.73 (tag55): issue 18 unseen40 misses: 디파이 glued into a longer loanword (디파이너리, 디파이넘버) is no DeFi
# (taxonomy [cjk] neutral) and a sector word opening a brand's name ("DeFi Number") counts only when the text names the
# sector (brand_words.py); a place stated only in pay or relocation lines ("New York Pay Range", "relocate to New
# York, NY", "US-based job postings") places a job with no location field (pay_places.py); markets, investors,
# partners (MOU), press and office head counts in English, Korean, Japanese, Chinese are no job place
# (market_places.py), nor a cloud vendor's service list ("AWS (Athena, ...)"; cloud_services.py); over every tagging
# tuning file (1,912 postings, both modes) only unseen40 items change: 25 fields toward labels, 0 away, 6 neutral
# 2026.12.74 (tag57): issue 18 unseen41 misses, Japanese place and work-mode constructions: a Latin place glued to
# kana or Han ends there ("On-siteでStockholm, Sweden勤務", "NL, DE, BEで", "EU時間帯"; title_places.CAPITALIZED);
# Japanese region words with 米/州 (北米, 南米, 中南米, 南北アメリカ, 欧州) and katakana サンフランシスコ, ロンドン,
# エディンバラ (places.toml); "リモートのみ" / "リモートファースト" are a remote mode (regions._REMOTE_MODE_CJK);
# "<places>の企業向け" names the market (market_places.py); over every tagging tuning file (both modes) only unseen41
# items change (region 0.633 -> 0.967); announcement-path (tag_text) regions change on 2 tagging and 7 funding texts
# 2026.12.76 (tag60): issue 18 unseen_hs16 misses: a location pin's line ("📍 Remote (Global) | 🕐 …") is the post's
# location line (pin_lines.py); English work modes short of "fully remote" ("flexible hours and remote work", "a
# fast-paced, remote, and globally distributed team", "Work in your own time zone") make a posting that names no place
# remote (remote_modes.py); "applicants from within the EU/EEA" restricts (regions._HINT_CUES); "based in Seattle, but
# open to hybrid or remote" is a choice (remote_choice.py); UTF-8 read as Latin-1 is decoded again (text.repaired);
# making an AI app is AI work (ai_products.py); "a leading player in AI, DeFi, ..." plays in AI (field_lists.py);
# unseen_hs16 sector 39 -> 41 of 41, region 0.756 -> 1.000; elsewhere un10-rwlb-reach-fullstack-ai (ai) and
# hs9t-logique-golang-developer (global) move to their labels, un23-dod-adex-hiring ("remote work allowed", label no
# region) reads global
# 2026.12.75 (tag58): issue 18 unseen42 (RemoteOK postings with a bare "Remote" field) and unseen41 misses: a bare
# "Remote" field yields to the text's "Location:" line, an hours aside after its place dropped (regions, label_scan);
# "<place>-based position / candidate", "anywhere in the US", "driving distance from our <city> office" restrict a
# remote job (restriction_phrases.py); "talent is located in X and Y" is the team's seat (footprint.py); "some overlap
# with GMT+3" is a wish (zone_wishes.py); 世界各地のリモート is fully remote; cities beside a region word give their
# country inside it (listed_countries.py); AI as the thing the employer makes after a verb of making ("パーソナルAIを
# 作ってる", "コパイロットを開発してる", "we are building AI") counts as a core term in its self-description
# (self_description._MADE_AI); over every tagging tuning file (both modes) only unseen41/unseen42 items and one
# unseen_hs9 item change, all toward their labels
# 2026.12.77: tag58 and tag60 merged (both rule sets)
# 2026.12.78 (tag61): issue 18 unseen43 misses: "you applied AI ideas" is the verb, not the field Applied AI
# (taxonomy [negative]); "ground truth for your town, city" is the mapping sense (taxonomy unless_near); a location
# field that only says anywhere ("Anywhere in the World") yields to a stated restriction like the remote fallback ("This
# is a North America-based role"; region_followups._anywhere_field); a time zone named by a region's word that a
# location field only wishes for restricts nothing ("Asia time zones preferred, open globally"; zone_wishes)
# 2026.12.79 (tag62, renumbered at the merge): issue 18 unseen_hs17 sector misses: a section header with a bracketed note ("Nice-to-haves (not
# required)", "NICE TO HAVE (Big Plus)") and one glued to the item above ("...bảo mật).Ưu tiên:") open their sections
# (header_forms.py); Vietnamese section headers (Ưu tiên, Điểm cộng, Quyền lợi, Mô tả công việc, Yêu cầu); the practice
# around coding agents a team uses (evals, MCP servers beside Claude Code / Cursor / Codex) is no AI work
# (coding_agents.py); a duty to build with a chain ("Build new services utilizing Blockchain technology") counts like a
# self-description line (chain_duties.py); over every tagging tuning file only unseen_hs17 items change class, 12
# outputs toward their labels, 0 away
# 2026.12.80 (tag63): issue 18 unseen44 misses: the fields in Vietnamese words (trí tuệ nhân tạo, thị giác máy tính,
# xử lý ngôn ngữ tự nhiên, học máy but not inside "khoa học máy tính"; chuỗi khối, tiền mã hóa, tài sản mã hóa, tiền
# điện tử, hợp đồng thông minh) are core terms (taxonomy.toml)
# 2026.12.81 (tag64, renumbered at the merge): issue 18 unseen_hs18 region misses: German freelance boards' labels "Einsatzort:", "Ort:" and
# "Einsatzart:" read like "Location:" (a share's "100" and "% Remote" split over two lines joined), a remote share
# below 100 % ("80 % Remote") is a hybrid week and no remote job, a postcode zone opening a German work-place value
# ("D6 Hanau") is Germany, a foreign label's value ends at the next label on its line (german_work_labels.py); over
# every tagging tuning file only unseen_hs18 items change: 7 region misses fixed and one country (Bern: CH), 0 broken;
# Japanese "自社開発の<AI product>" (the employer's own product) is a self-description of making, read to the noun's
# particle (self_description.py): only Eye Universe's business role changes (none -> ai, its label); a Japanese list of
# three or more fields closed by など and a field noun ("AI・web3・SaaS・メタバースなど成長分野") is an enumeration of
# mentions (tech_lists.py): DX Incubation both -> none (its label), GRID (unseen_hs4) stays ai with one 人工知能 weaker
# 2026.12.82 (tag65): company-blind review of every tuning file: CJK first-level divisions written in full (China's
# provinces, Taiwan's counties, Japan's prefectures; "花蓮縣秀林鄉" is Taiwan, "北海道" Hokkaido, not Beihai) name
# their country (data/places.toml); an AI compute protocol ("the machine learning compute protocol") is crypto x AI;
# Japanese and Korean use verbs with their object particle (LLMを使って, を用いて, AI를 사용, 을 이용) and Chinese 运用
# hedge a short listing's core term like 活用 / 활용, unless their object is one's knowledge or experience of the
# field (機械学習の知識を使って; built_first.py); a region's adjective before "time zone" in the singular ("Remote,
# European Timezone", "Asian timezone", "Latin American time zone") names that region (places.toml timezones); remote
# work offered as a choice in Chinese ("或也可以选择远程", "你也可以选择在家远程办公") restricts nothing, like "remote or
# local in Sydney" (remote_choice.py; a location line's "深圳或者远程" keeps its city); an employer paying its people in
# a coin ("we can even pay you in Bitcoin!", "we pay in USDC", "you can get paid in USDC") is a way to pay, a mention
# (payment_mentions.py); Vietnamese deep learning by its models and its engineer ("mô hình học sâu", "kỹ sư học sâu",
# not "học sâu" alone, which folds to "học sau") is a core AI term; training or developing an AI model ("AI 모델 학습",
# "AIモデルの学習", "AI模型训练", simplified 模型训练, "huấn luyện mô hình") is core, no longer consumed by the weak
# "AI model" words (taxonomy [cjk] ai); the CJK crossing names coins, assets, contracts and DeFi in CJK text (가상자산,
# 数字资产, 稳定币, 仮想通貨, "AI驱动的DeFi") and language models / deep learning (大语言模型 holds no 大模型; cjk_terms.py)
# 2026.12.83 (tag66): issue 18 unseen_hs19 misses (the session-19 holdout, now tuning): Russian and Ukrainian country
# names ("Бангладеш", "Германия", hh.ru areas; gazetteer.py); a city followed by its province ("Ensenada, Buenos Aires",
# "San Juan, San Juan" are Argentina; province_pairs.py); a location pin before a markup line break ("Requisitos
# 📍{br}") has no value (pin_lines.py); "If located in Germany ..." is a condition, no restriction (regions.py);
# working hours under a nice-to-have header, also a qualified one ("## Non-technical bonus points:") are a wish
# (timezone_hints.py, header_forms.py); a list item that is only the mode ("* Remote / WFH") is remote
# (remote_modes.py); "<Name> is a ..." or "The company is a ..." opening a later paragraph is the employer's
# self-description (named_openings.py), read through "powered by / built on" ("an impact gig marketplace powered by
# blockchain and AI"), and the Spanish / Portuguese first person of work ("Trabajamos con clientes ... dedicados a
# brindar soluciones ... de trading de criptomonedas") reads 14 words (self_description.py); over every tagging tuning
# file only unseen_hs19 items change: sector 29 -> 32 of 33 (shipped and company-blind), region 0.909 -> 1.000,
# country 0.848 -> 1.000
# 2026.12.84 (unseen45): issue 18 unseen45 misses: a board's "AI-Friendly" badge is blanked before the sector scan
# (board_badges.py); Russian words for crypto and AI are core terms (taxonomy.toml) and Russian remote words make a
# location remote (places.toml); a fintech's payments ledger is no crypto (taxonomy.toml negatives); a Singapore hiring
# system's line (the work-pass line, SGUnited, InternSG) or a company form (Pte. Ltd., Sdn. Bhd., Pvt. Ltd.) places an
# on-site job that names no place (hiring_systems.py); "provider across the Asia-Pacific region" is a market
# (market_places.py); a sector's single chip in a line of five or more industry chips is a portfolio field
# (industry_chips.py); over the dev set and every other tuning file no output changes; unseen45: 9 outputs toward
# their labels, 0 away
# 2026.12.85 (tag68): issue 18 unseen_hs20 misses: a board's labeled field list ("category: Marketing, Growth,
# Partnerships, NFTs", "tags:", "skills:") is the posting's own evidence, not a tag cloud capped as mentions, unless an
# item names teaching (a course menu); tool chips stay tools through the taxonomy's negatives (field_list_labels.py);
# a title slot naming an engine or language that GeoNames lists as a small place ("(Unity)", "- Spring") is no place
# (places.toml title_tools): unseen_hs20 macro-F1 0.918 -> 1.000, company-blind 0.434 -> 0.883, region 0.967 -> 1.000
# 2026.12.86 (tag67): issue 18 unseen46 (crypto investors' board rows): a boilerplate marker voids only its own cell of a line
# of cells (" | " and bare-colon chips; boilerplate_cells.py), "CeFi" is a crypto term, a board's "remote" tag chip is a
# remote work mode (remote_modes.py); over the dev set and every other tuning file no output changes; unseen46: 7
# outputs toward their labels, 0 away
# 2026.12.87 (tagcat): issue 18, from the first-sight miss catalog of unseen_hs10-hs20 (docs/tagging_holdout_catalog.md):
# an ML role word in the title with a duty to build predictive or statistical models is ML work, in eight languages'
# forms (model_duties.py); tokens bought, sold, swapped or traded are the crypto asset, and then the text's other
# sentences on tokens join the theme (token_trading.py); over the dev set and every tuning file 2 outputs change, both
# toward their labels (unseen_hs18 Bosshard none -> ai, unseen_hs19 Dexcelerate none -> crypto), 0 away; the team's
# places in Chinese ("团队分布在美国英国和国内", also in a location label's value) are no work place (footprint.py), as in
# English: 1 labeled output changes (unseen_hs10 Pond [europe, us] -> [asia, europe, us], wrong before and after)
# 2026.12.88 (unseen47): issue 18 unseen47 misses: a hiring thread's one-line comment template ("COMPANY: ... LOCATION:
# ... REMOTE: ... VISA: ...") is read field by field, the REMOTE field saying whether and where the job is remote
# (thread_template.py); Seoul's districts without 구 ("서초", "구로/가산 디지털단지"; places.toml); an Indonesian legal form
# ("PT ..." opening the company field, "... Tbk") places an on-site job with no place (hiring_systems.py); the dotted
# "A.I." is AI (glued_acronyms.py); a city of a million listed after another place with no state or country after it
# is that city ("NYC, London and Amsterdam"; locations.py); bare "crypto" beside "cryptographic" / "PQC" / "quantum" is cryptography, denied AI
# work ("not ML research") is none, AGI spelled out ("generally intelligent") is AI (taxonomy.toml); over the dev set
# and every other tuning file no output changes (evidence only: the spelled-out AGI and the dotted A.I. add terms);
# three funding announcements read as postings place "... Tbk" in Indonesia, two unseen_hs10 rows at "Kota Jakarta
# Selatan" read India and now India + Indonesia (label ID, wrong before and after); unseen47: macro-F1 0.885 -> 0.961,
# region 0.825 -> 1.000, country 0.825 -> 1.000
# 2026.12.89 (tag70; tagcat took .87, unseen47 .88): issue 18 unseen_hs21 misses (Korean Worknet postings, a YC listing): the AI work families as
# Korean, Japanese and Chinese boards name them (AI 인프라 / AI基础设施, AI 전문회사 / AI専門企業, 머신비전 / マシンビジョン,
# AI알고리즘, 비전알고리즘, 영상인식, 객체 탐지 / 物体検出 / 目标检测, 影像辨識 / 電腦視覺, 데이터 라벨링 / データアノテーション,
# "YOLO 기반", YOLOv8) are core terms (data/asian_ai_terms.toml, asian_terms.py); a title slot that is only a trade-word
# code ("Software Engineer - AI") is the field, not Anguilla (title_places.py); a Korean district by name (해운대구) or a
# station before a walking cue (성수역에 위치) names Korea when a text names no known place, and a capital code glued to
# a Hangul name ("(SG아트타워)", "SK하이닉스") is no country (korean_addresses.py; unseen_hs15 Chainapsis KR + SG -> KR);
# unseen_hs21: sector 29 -> 33 of 33 (shipped and company-blind), region and country 0.909 -> 1.000; unseen_hs15: one
# country toward its label; over the dev set and every other tuning file no label-scored output changes (8 ai postings
# gain evidence; 20 funding-fixture postings drop a spurious Anguilla)
# 2026.12.90 (unseen48): issue 18: a Latin abbreviation in parentheses glossing the native-script term before it is the
# term's gloss, not a country code, in a title and in a location field ("벤처캐피털(VC)" read Saint Vincent, "정보기술(IT)"
# Italy, "인사(HR)" Croatia; glued in Han, kana and Hangul, after a space in spaced scripts; a Latin-script term keeps its
# code, "Ingénieur Réseau (FR)"; native_glosses.py, generalizing tag70's "(AI)"); AI named as a video editor's tool
# ("Editor Video AI", "AI Video Editor"; two unseen48 employers) is not AI work (taxonomy.toml negatives); over the dev
# set and every tuning file (2,494 items, tag_items in rules mode, before/after) 2 outputs change, both unseen48 rows
# toward their label (ai -> none); unseen48: macro-F1 0.665 -> 0.692 (0.886 -> 0.923 over its three classes), region 1.000
# 2026.12.91 (unseen49): issue 18 unseen49 misses (JobThai records, 104 job bank records): a location written in Thai
# script names Thailand unless it names another country in Thai, and its Thai words no longer match foreign cities' Thai
# alternate names (thai_places.py; "BTS ช่องนนทรี, เซนต์หลุยส์, ศาลาแดง" read St. Louis, US); "MRT" is a metro, not
# Mauritania (location_lookup.py); European, Gulf and Egyptian country names in Chinese, Korean and Japanese (捷克, 스페인,
# イタリア; places.toml); a title naming AI as a goal to adopt or a tool to make with ("AI Transformation", "AI Creative")
# is no AI work on a bare "AI" alone (ai_use_titles.py). unseen49 (rules): sector 44 -> 46 of 51, macro-F1 0.613 ->
# 0.637 (three classes present 0.818 -> 0.850), region and country 0.745 -> 1.000; over the dev set and every other
# tuning file no output changes (rules and hybrid)
# 2026.12.92 (unseen50, tag_t23): issue 18: a platform or engine headed by an AI modifier ("AI-native", "AI-driven",
# "AI-powered", "AI-first") that the role makes ("lead the end-to-end delivery of an AI-native platform"), or that a
# build list names as a bare item ("A proprietary AI-driven transaction monitoring / KYT engine"), is AI work weighing
# enough alone (ai_products.py; Chinese, Japanese, Korean too). Over the dev set and every tuning file (2,622 items,
# tag_items, before/after) it fires in three postings on three publishers, all labeled `both`; rules: 2 outputs change,
# Kira (unseen_hs8) crypto -> both (its label), Circle's PM (unseen50) crypto -> ai (label both: the recruiter's name
# alone stays below the crypto threshold), none worse (2,498 -> 2,499 right); hybrid: the Circle row only (2,585 ->
# 2,585). unseen50 (rules): 20 of 31 before and after. Funding tuning (3,087 texts, tag_text): no output changes
TAGGER_VERSION = "2026.12.92"
