module redpoint.club/gymbooking

go 1.22
