print("outreach")
